package cn.kaoping.evaluation.casefile.objecting;

import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.Findings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 异议处理 (E9): a reviewer of another unit decides the pending objection. Upheld: the named findings of the card
 * objected to are withdrawn (kept, counting nothing) and the current card is recomputed; when that leaves a file
 * awaiting rectification without any round-one finding, its evaluation closes (E5).
 */
public final class ObjectionRulingDecision {

    private ObjectionRulingDecision() {
    }

    public static List<EvaluationEvent> decide(DecideObjection command, CaseFileSnapshot file, Rulebook rulebook) {
        if (file.pendingObjectionRound() == null) {
            throw DomainException.conflict(ErrorCode.NO_PENDING_OBJECTION);
        }
        file.requireReviewerOfAnotherUnit(command.actorUnitId());
        if (command.decision() == null) {
            throw DomainException.invalidField(ErrorCode.REQUIRED, "decision");
        }
        Set<String> withdrawn = new LinkedHashSet<>(command.withdrawnFindingIds());
        if (command.decision() == ObjectionDecision.REJECTED && !withdrawn.isEmpty()) {
            throw DomainException.invalidField(ErrorCode.WITHDRAWAL_ON_REJECTION, "withdrawnFindingIds");
        }
        if (command.decision() == ObjectionDecision.UPHELD && withdrawn.isEmpty()) {
            throw DomainException.invalidField(ErrorCode.WITHDRAWAL_REQUIRED, "withdrawnFindingIds");
        }
        EvaluationCard card = file.card();
        int objectedRound = file.pendingObjectionRound();
        List<FieldError> errors = new ArrayList<>();
        for (String id : withdrawn) {
            boolean withdrawable = card.findings().stream().anyMatch(f -> f.findingId().equals(id)
                    && !f.withdrawn() && f.recordedInRound() <= objectedRound);
            if (!withdrawable) {
                errors.add(FieldError.of("withdrawnFindingIds", ErrorCode.UNKNOWN_FINDING, id));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }

        EvaluationCard newCard = card;
        if (command.decision() == ObjectionDecision.UPHELD) {
            List<Finding> findings = card.findings().stream()
                    .map(f -> withdrawn.contains(f.findingId()) ? Findings.withdrawn(f) : f)
                    .toList();
            newCard = CardCalculator.card(rulebook, card.round(), findings, card.processPenalties());
        }
        String reasoning = command.reasoning() == null || command.reasoning().isBlank()
                ? null : command.reasoning().strip();
        ObjectionDecided decided = new ObjectionDecided(file.caseFileId(), file.caseNumber(), file.unitId(),
                file.primaryOfficerId(), file.coHandlerIds(), objectedRound, command.decision(),
                List.copyOf(withdrawn), reasoning, newCard, file.evaluationMonth(), command.actorId(), command.at());
        boolean awaitingRoundTwo = file.state() == CaseFileState.REVIEWED || file.state() == CaseFileState.RESUBMITTED;
        boolean roundOneFindingLeft = file.roundOneFindings().stream()
                .anyMatch(f -> !f.withdrawn() && !withdrawn.contains(f.findingId()));
        if (awaitingRoundTwo && !roundOneFindingLeft) {
            return List.of(decided, file.closed(ClosingReason.ALL_FINDINGS_WITHDRAWN, newCard, file.evaluationMonth(),
                    false, command.actorId(), command.at()));
        }
        return List.of(decided);
    }
}
