package cn.kaoping.supervision.accountability.proceeding;

import static cn.kaoping.supervision.SupervisionError.ALREADY_DECIDED;
import static cn.kaoping.supervision.SupervisionError.CASE_NOT_IN_STATE;
import static cn.kaoping.supervision.SupervisionError.FORMS_REQUIRED;
import static cn.kaoping.supervision.SupervisionError.FORMS_WHEN_NOT_LIABLE;
import static cn.kaoping.supervision.SupervisionError.GROUNDS_REQUIRED;
import static cn.kaoping.supervision.SupervisionError.NOT_DECIDED;
import static cn.kaoping.supervision.SupervisionError.NOT_OWN_CASE;
import static cn.kaoping.supervision.SupervisionError.OPINION_ISSUED;
import static cn.kaoping.supervision.SupervisionError.REQUIRED;
import static cn.kaoping.supervision.SupervisionError.STATEMENT_PERIOD_OVER;
import static cn.kaoping.supervision.SupervisionError.TEXT_TOO_LONG;
import static cn.kaoping.supervision.SupervisionError.UNKNOWN_FORM;

import cn.kaoping.contracts.supervision.AccountabilityDecided;
import cn.kaoping.contracts.supervision.AccountabilityDecisionRevised;
import cn.kaoping.contracts.supervision.AccountabilityOpinionIssued;
import cn.kaoping.contracts.supervision.SupervisionEvent;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.supervision.SupervisionError;
import cn.kaoping.supervision.accountability.AccountabilityCase;
import cn.kaoping.supervision.accountability.CaseState;
import cn.kaoping.supervision.accountability.Opinion;
import cn.kaoping.supervision.accountability.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * S2: the lifecycle of an accountability case. Out-of-order steps are refused (409), a second decision too; a
 * review or appeal adds an outcome and never edits the decision. Pure.
 */
public final class ProceedingDecision {

    public static final int MAX_TEXT = 10_000;

    private ProceedingDecision() {
    }

    /**
     * @param after      the case after the step
     * @param history    the history line's type
     * @param outcome    a decision or revision to add
     * @param event      the event to publish
     * @param timerDueOn a statement period to time
     */
    public record Result(AccountabilityCase after, String history, Optional<Outcome> outcome,
                         Optional<SupervisionEvent> event, Optional<java.time.LocalDate> timerDueOn) {
    }

    /**
     * Each step's decision.
     *
     * @param statementDays the statement period in days
     * @param knownForms    the codes of the configured forms of liability
     * @param outcomes      the case's outcomes so far
     */
    public record Rules(int statementDays, Set<String> knownForms, List<Outcome> outcomes) {
    }

    public static Optional<Result> edit(AccountabilityCase c, CaseStep.EditOpinion edit, Rules rules) {
        if (c.state() != CaseState.DRAFT) {
            throw DomainException.conflict(OPINION_ISSUED, c.state());
        }
        Opinion o = edit.opinion();
        List<FieldError> errors = new ArrayList<>();
        tooLong(errors, "findingOfFacts", o.findingOfFacts());
        tooLong(errors, "errorAssessment", o.errorAssessment());
        tooLong(errors, "proposedHandling", o.proposedHandling());
        for (String form : o.proposedForms()) {
            if (form == null || !rules.knownForms().contains(form)) {
                errors.add(FieldError.of("proposedForms", UNKNOWN_FORM, form));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(SupervisionError.REQUIRED, errors);
        }
        return Optional.of(new Result(c.with(CaseState.DRAFT, o, null, null, null), "OPINION_EDITED",
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    public static Optional<Result> issue(AccountabilityCase c, CaseStep.Issue issue, Rules rules) {
        require(c, CaseState.DRAFT);
        java.time.LocalDate due = issue.today().plusDays(rules.statementDays());
        return Optional.of(new Result(c.with(CaseState.ISSUED, c.opinion(), issue.today(), due, null), "ISSUED",
                Optional.empty(), Optional.of(new AccountabilityOpinionIssued(c.caseId(), c.officerId(),
                c.unitId(), issue.today(), due)), Optional.of(due)));
    }

    public static Optional<Result> state(AccountabilityCase c, CaseStep.State state, Rules rules) {
        if (!c.officerId().equals(state.actor().id())) {
            throw DomainException.notPermitted(NOT_OWN_CASE);
        }
        require(c, CaseState.ISSUED);
        if (state.today().isAfter(c.statementDueOn())) {
            throw DomainException.conflict(STATEMENT_PERIOD_OVER, c.statementDueOn());
        }
        if (state.text() == null || state.text().isBlank()) {
            throw DomainException.invalidField(REQUIRED, "text");
        }
        if (state.text().length() > MAX_TEXT) {
            throw DomainException.invalidField(TEXT_TOO_LONG, "text", MAX_TEXT);
        }
        return Optional.of(new Result(c.with(CaseState.STATEMENT_RECEIVED, c.opinion(), c.issuedOn(),
                c.statementDueOn(), state.text()), "STATEMENT", Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    public static Optional<Result> waive(AccountabilityCase c, CaseStep.Waive waive, Rules rules) {
        if (c.state() != CaseState.ISSUED || !waive.dueOn().equals(c.statementDueOn())) {
            return Optional.empty();
        }
        return Optional.of(new Result(c.with(CaseState.STATEMENT_WAIVED, c.opinion(), c.issuedOn(),
                c.statementDueOn(), null), "STATEMENT_WAIVED", Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    public static Optional<Result> submit(AccountabilityCase c, CaseStep.Submit submit, Rules rules) {
        if (c.state() != CaseState.STATEMENT_RECEIVED && c.state() != CaseState.STATEMENT_WAIVED) {
            throw DomainException.conflict(CASE_NOT_IN_STATE, c.state(), "STATEMENT_RECEIVED, STATEMENT_WAIVED");
        }
        return Optional.of(new Result(c.with(CaseState.SUBMITTED, c.opinion(), c.issuedOn(), c.statementDueOn(),
                c.statement()), "SUBMITTED", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    public static Optional<Result> decide(AccountabilityCase c, CaseStep.Decide decide, Rules rules) {
        if (c.state() == CaseState.DECIDED) {
            throw DomainException.conflict(ALREADY_DECIDED);
        }
        require(c, CaseState.SUBMITTED);
        List<FieldError> errors = validate(decide.decidedOn(), decide.outcome(), decide.forms(), decide.grounds(),
                decide.note(), rules.knownForms());
        if (decide.batch() == null || decide.batch().isBlank()) {
            errors.add(FieldError.of("batch", REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(REQUIRED, errors);
        }
        boolean liable = decide.outcome() == CaseStep.Outcome.LIABLE;
        List<String> forms = liable ? distinct(decide.forms()) : List.of();
        Outcome outcome = new Outcome(1, "DECISION", liable, forms, decide.grounds(), decide.note(),
                decide.batch().strip(), decide.decidedOn(), decide.actor().id(), decide.at());
        return Optional.of(new Result(c.with(CaseState.DECIDED, c.opinion(), c.issuedOn(), c.statementDueOn(),
                c.statement()), "DECIDED", Optional.of(outcome),
                Optional.of(new AccountabilityDecided(c.caseId(), c.officerId(), c.unitId(), liable, forms,
                        decide.grounds(), outcome.batch(), decide.decidedOn())), Optional.empty()));
    }

    public static Optional<Result> revise(AccountabilityCase c, CaseStep.Revise revise, Rules rules) {
        if (c.state() != CaseState.DECIDED) {
            throw DomainException.conflict(NOT_DECIDED, c.state());
        }
        List<FieldError> errors = validate(revise.decidedOn(), revise.outcome(), revise.forms(),
                revise.grounds(), revise.note(), rules.knownForms());
        if (revise.kind() == null) {
            errors.add(FieldError.of("kind", REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(REQUIRED, errors);
        }
        boolean liable = revise.outcome() == CaseStep.Outcome.LIABLE;
        List<String> forms = liable ? distinct(revise.forms()) : List.of();
        String batch = rules.outcomes().isEmpty() ? null : rules.outcomes().get(0).batch();
        Outcome outcome = new Outcome(rules.outcomes().size() + 1, revise.kind().name(), liable, forms, revise.grounds(),
                revise.note(), batch, revise.decidedOn(), revise.actor().id(), revise.at());
        return Optional.of(new Result(c, "REVISED_" + revise.kind().name(), Optional.of(outcome),
                Optional.of(new AccountabilityDecisionRevised(c.caseId(), c.officerId(), c.unitId(),
                        revise.kind(), liable, forms, revise.grounds(), revise.decidedOn())), Optional.empty()));
    }

    private static List<FieldError> validate(java.time.LocalDate decidedOn, CaseStep.Outcome outcome, List<String> forms,
                                             String grounds, String note, Set<String> knownForms) {
        List<FieldError> errors = new ArrayList<>();
        if (decidedOn == null) {
            errors.add(FieldError.of("decidedOn", REQUIRED));
        }
        List<String> given = forms == null ? List.of() : forms;
        if (outcome == null) {
            errors.add(FieldError.of("outcome", REQUIRED));
        } else if (outcome == CaseStep.Outcome.LIABLE) {
            if (given.isEmpty()) {
                errors.add(FieldError.of("forms", FORMS_REQUIRED));
            }
            for (String form : given) {
                if (form == null || !knownForms.contains(form)) {
                    errors.add(FieldError.of("forms", UNKNOWN_FORM, form));
                }
            }
        } else {
            if (!given.isEmpty()) {
                errors.add(FieldError.of("forms", FORMS_WHEN_NOT_LIABLE));
            }
            if (grounds == null || grounds.isBlank()) {
                errors.add(FieldError.of("grounds", GROUNDS_REQUIRED));
            }
        }
        tooLong(errors, "grounds", grounds);
        tooLong(errors, "note", note);
        return errors;
    }

    private static void tooLong(List<FieldError> errors, String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, TEXT_TOO_LONG, MAX_TEXT));
        }
    }

    private static List<String> distinct(List<String> forms) {
        return List.copyOf(new LinkedHashSet<>(forms));
    }

    private static void require(AccountabilityCase c, CaseState expected) {
        if (c.state() != expected) {
            throw DomainException.conflict(CASE_NOT_IN_STATE, c.state(), expected);
        }
    }
}
