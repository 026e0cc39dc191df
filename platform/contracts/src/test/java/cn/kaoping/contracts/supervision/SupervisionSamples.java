package cn.kaoping.contracts.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * One realistic sample of every {@link SupervisionEvent} record ({@code SampleEvents.supervisionSamples()}):
 * the red-carded officer of the publicity samples, one of his problem files, and the case that followed.
 */
public final class SupervisionSamples {

    static final String UNIT_ID = "2c9a7d0e-52a4-4cf1-9e4b-0c6b1d4f8a33";
    static final String OFFICER_ID = "7d3e1c55-0b2f-4d7a-8f61-3e9c2b5a4d10";
    static final String CASE_FILE_ID = "c1b2a3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    static final String CASE_NUMBER = "城公（治）行罚决字〔2017〕0101号";
    static final String KEY_FILE_ITEM_ID = "1a2b3c4d-5e6f-4a7b-9c8d-9e0f1a2b3c4d";
    static final String KEY_PERSON_ITEM_ID = "2b3c4d5e-6f7a-4b8c-8d9e-0f1a2b3c4d5e";
    static final String CASE_ID = "3c4d5e6f-7a8b-4c9d-9e0f-1a2b3c4d5e6f";

    private SupervisionSamples() {
    }

    public static List<SupervisionEvent> all() {
        return List.of(
                new TrackingItemOpened(KEY_FILE_ITEM_ID, TrackingKind.KEY_FILE, TrackingReason.RED_CARD, OFFICER_ID,
                        UNIT_ID, CASE_FILE_ID, CASE_NUMBER, "2017-05", LocalDate.of(2017, 7, 5)),
                new TrackingItemResolved(KEY_FILE_ITEM_ID, TrackingKind.KEY_FILE, TrackingReason.RED_CARD, OFFICER_ID,
                        UNIT_ID, CASE_FILE_ID, false, "整改材料已补齐，经法制大队复查属实，予以销号"),
                new TrackingItemOverdue(KEY_PERSON_ITEM_ID, TrackingKind.KEY_PERSON, TrackingReason.RED_CARD,
                        OFFICER_ID, UNIT_ID, null, LocalDate.of(2017, 7, 5)),
                new AccountabilityCaseOpened(CASE_ID, OFFICER_ID, UNIT_ID,
                        List.of(ProposalGround.REFUSED_RECTIFICATION, ProposalGround.TEN_WORST)),
                new AccountabilityOpinionIssued(CASE_ID, OFFICER_ID, UNIT_ID, LocalDate.of(2017, 7, 10),
                        LocalDate.of(2017, 7, 15)),
                new AccountabilityDecided(CASE_ID, OFFICER_ID, UNIT_ID, true, List.of("诫勉谈话", "责令作出书面检查"),
                        "违反法定程序作出行政处罚决定，且逾期拒不整改", "2017年第3批", LocalDate.of(2017, 7, 28)),
                new AccountabilityDecisionRevised(CASE_ID, OFFICER_ID, UNIT_ID, RevisionKind.APPEAL, true,
                        List.of("诫勉谈话"), "申诉部分成立：责令作出书面检查与过错情节不相当，予以撤销",
                        LocalDate.of(2017, 8, 25)));
    }
}
