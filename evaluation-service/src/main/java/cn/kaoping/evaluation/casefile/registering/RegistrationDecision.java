package cn.kaoping.evaluation.casefile.registering;

import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.casefile.submitting.SubmissionOverdueDecision;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 案卷登记 (E1): registers the file under the rulebook version in force on its closing date; the submission deadline
 * is closedOn + the rulebook's submission period. A file whose deadline has already passed is overdue at once (E3).
 */
public final class RegistrationDecision {

    private RegistrationDecision() {
    }

    /**
     * @param inForce the rulebook version in force on the command's closing date (empty when none is, or the command
     *                names no date)
     */
    public static List<EvaluationEvent> decide(RegisterCaseFile command, Optional<Rulebook> inForce,
                                               BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, "caseNumber", command.caseNumber());
        if (command.kind() == null) {
            errors.add(FieldError.of("kind", ErrorCode.REQUIRED));
        }
        requireText(errors, "unitId", command.unitId());
        requireText(errors, "primaryOfficerId", command.primaryOfficerId());
        Set<String> coHandlers = new HashSet<>();
        for (int i = 0; i < command.coHandlerIds().size(); i++) {
            String coHandler = command.coHandlerIds().get(i);
            String field = "coHandlerIds[" + i + "]";
            if (coHandler == null || coHandler.isBlank()) {
                errors.add(FieldError.of(field, ErrorCode.REQUIRED));
            } else if (coHandler.equals(command.primaryOfficerId())) {
                errors.add(FieldError.of(field, ErrorCode.PRIMARY_OFFICER_AMONG_CO_HANDLERS, coHandler));
            } else if (!coHandlers.add(coHandler)) {
                errors.add(FieldError.of(field, ErrorCode.DUPLICATE_CO_HANDLER, coHandler));
            }
        }
        LocalDate today = calendar.dateOf(command.at());
        if (command.closedOn() == null) {
            errors.add(FieldError.of("closedOn", ErrorCode.REQUIRED));
        } else if (command.closedOn().isAfter(today)) {
            errors.add(FieldError.of("closedOn", ErrorCode.CLOSED_ON_IN_FUTURE, command.closedOn(), today));
        } else if (inForce.isEmpty()) {
            errors.add(FieldError.of("closedOn", ErrorCode.NO_RULEBOOK_IN_FORCE, command.closedOn()));
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }

        Rulebook rulebook = inForce.orElseThrow();
        Deadline deadline = rulebook.submissionPeriod().after(command.closedOn(), command.at(), calendar);
        CaseFileRegistered registered = new CaseFileRegistered(command.caseFileId(), command.caseNumber().strip(),
                command.kind(), command.unitId(), command.primaryOfficerId(), command.coHandlerIds(),
                command.closedOn(), rulebook.versionId(), deadline.dueOn(), deadline.overdueAt(),
                command.actorId(), command.at());
        if (!deadline.hasPassedAt(command.at())) {
            return List.of(registered);
        }
        return List.of(registered, SubmissionOverdueDecision.overdue(registered.caseFileId(), registered.caseNumber(),
                registered.unitId(), registered.primaryOfficerId(), registered.coHandlerIds(), deadline, rulebook,
                calendar, command.at()));
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, ErrorCode.REQUIRED));
        }
    }
}
