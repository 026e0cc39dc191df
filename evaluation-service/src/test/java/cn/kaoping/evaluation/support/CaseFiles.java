package cn.kaoping.evaluation.support;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.evaluation.casefile.prereviewing.PreReviewCaseFile;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.scoring.FindingInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Drives case files through the domain with Axon's command gateway (the REST layer is not needed here). */
public final class CaseFiles {

    public static final String UNIT = "unit-chengguan";
    public static final String OTHER_UNIT = "unit-xijiao";
    public static final String BRIGADE = "unit-legal-brigade";
    public static final String PRIMARY_OFFICER = "officer-zhangsan";
    public static final String LEGAL_OFFICER = "officer-legal-wang";
    public static final String REVIEWER = "officer-reviewer-zhao";

    private final CommandGateway commands;

    public CaseFiles(CommandGateway commands) {
        this.commands = commands;
    }

    /** Registers a new file of {@link #UNIT} closed on that day; returns its id. */
    public String register(LocalDate closedOn) {
        return register(closedOn, UNIT);
    }

    public String register(LocalDate closedOn, String unitId) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterCaseFile(id, Bureau.caseNumber(), CaseKind.ADMINISTRATIVE_PENALTY, unitId,
                PRIMARY_OFFICER, List.of(), closedOn, LEGAL_OFFICER, Instant.now()));
        return id;
    }

    public void preReview(String caseFileId) {
        commands.sendAndWait(new PreReviewCaseFile(caseFileId,
                List.of(FindingInput.of("EV02", "笔录无见证人")), LEGAL_OFFICER, Instant.now()));
    }

    public void submit(String caseFileId) {
        commands.sendAndWait(new SubmitCaseFile(caseFileId, LEGAL_OFFICER, Instant.now()));
    }

    /** A round-one review by the brigade with these findings. */
    public void reviewRoundOne(String caseFileId, FindingInput... findings) {
        commands.sendAndWait(ReviewCaseFile.roundOne(caseFileId, List.of(findings), REVIEWER, BRIGADE,
                Instant.now()));
    }
}
