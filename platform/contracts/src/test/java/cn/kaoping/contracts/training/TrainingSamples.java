package cn.kaoping.contracts.training;

import cn.kaoping.contracts.evaluation.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One realistic sample of every {@link TrainingEvent} record, for the snapshot, schema and round-trip tests
 * of the contracts module ({@code SampleEvents.trainingSamples()} returns {@link #all()}). The officer, unit
 * and files are those of the evaluation samples.
 */
public final class TrainingSamples {

    static final String UNIT_ID = "2c9a7d0e-52a4-4cf1-9e4b-0c6b1d4f8a33";
    static final String OTHER_UNIT_ID = "3d0b8e1f-63b5-4d02-8f5c-1d7c2e5a9b44";
    static final String OFFICER_ID = "7d3e1c55-0b2f-4d7a-8f61-3e9c2b5a4d10";
    static final String OTHER_OFFICER_ID = "4e1c9f20-74c6-4e13-9a6d-2e8d3f6b0c55";
    static final String CASE_FILE_ID = "c1b2a3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    static final String OTHER_CASE_FILE_ID = "d2c3b4a5-f6e7-4b8c-9d0e-1f2a3b4c5d6e";
    static final String BEST_CASE_FILE_ID = "e3d4c5b6-a7f8-4c9d-8e1f-2a3b4c5d6e7f";
    static final String SELECTION_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    static final String NOMINATION_ID = "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e";
    static final String CLASS_ID = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    static final String ROTATION_RECORD_ID = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a";

    private TrainingSamples() {
    }

    public static List<TrainingEvent> all() {
        return List.of(
                new SelectionConfirmed(SELECTION_ID, "2017-Q1", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31),
                        List.of(new SelectedFile(1, BEST_CASE_FILE_ID, "城公（治）行罚决字〔2017〕0032号", OTHER_UNIT_ID,
                                OTHER_OFFICER_ID, new BigDecimal("98.0"), Grade.EXCELLENT, false)),
                        List.of(new SelectedFile(1, OTHER_CASE_FILE_ID, "城公（刑）立字〔2017〕0017号", UNIT_ID,
                                        OFFICER_ID, new BigDecimal("0.0"), Grade.FAIL, true),
                                new SelectedFile(2, CASE_FILE_ID, "城公（治）行罚决字〔2017〕0101号", UNIT_ID, OFFICER_ID,
                                        new BigDecimal("84.0"), Grade.PASS, false))),
                new OfficerNominated(NOMINATION_ID, OFFICER_ID, UNIT_ID, NominationReason.RED_CARD, "2017-05",
                        List.of(CASE_FILE_ID, OTHER_CASE_FILE_ID), 2),
                new NominationExcused(NOMINATION_ID, OFFICER_ID, UNIT_ID, "该民警已于2017年6月参加市局执法资格等级考试培训"),
                new ExamOutcomeRecorded(CLASS_ID, OFFICER_ID, UNIT_ID, new BigDecimal("84.5"), 2, ExamOutcome.PASSED),
                new RotationTrainingRecorded(ROTATION_RECORD_ID, OFFICER_ID, UNIT_ID, "行政案件办理程序规定轮训班",
                        LocalDate.of(2017, 5, 8), LocalDate.of(2017, 5, 19), new BigDecimal("10.0")));
    }
}
