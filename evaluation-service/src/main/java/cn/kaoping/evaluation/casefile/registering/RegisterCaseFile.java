package cn.kaoping.evaluation.casefile.registering;

import cn.kaoping.contracts.evaluation.CaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E1: register a closed administrative case file. The case number's uniqueness and the existence of the
 * unit and officers are checked against the read model before this command is sent.
 *
 * @param caseFileId a new UUID made by the server
 * @param at         when the registration happens
 */
public record RegisterCaseFile(
        @TargetAggregateIdentifier String caseFileId,
        String caseNumber,
        CaseKind kind,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        LocalDate closedOn,
        String actorId,
        Instant at) {

    public RegisterCaseFile {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        coHandlerIds = coHandlerIds == null ? List.of() : List.copyOf(coHandlerIds);
    }
}
