package cn.kaoping.supervision.accountability.proceeding;

import static cn.kaoping.supervision.SupervisionError.CASE_NOT_FOUND;

import cn.kaoping.contracts.Actor;
import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.supervision.SupervisionSettings;
import cn.kaoping.supervision.accountability.AccountabilityCase;
import cn.kaoping.supervision.accountability.AccountabilityCases;
import cn.kaoping.supervision.accountability.CaseState;
import cn.kaoping.supervision.accountability.LiabilityForm;
import cn.kaoping.supervision.accountability.LiabilityForms;
import cn.kaoping.supervision.timing.TimerKind;
import cn.kaoping.supervision.timing.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Runs the steps of accountability cases: lock the case, decide, store, add the event to the outbox. */
@ApplicationScoped
public class CaseProceedings {

    private static final Actor SYSTEM = Actor.system("supervision-statement-period");

    private final Db db;
    private final AccountabilityCases cases;
    private final Timers timers;
    private final Outbox outbox;
    private final SupervisionSettings settings;
    private final LiabilityForms forms;

    CaseProceedings(Db db, AccountabilityCases cases, Timers timers, Outbox outbox, SupervisionSettings settings,
                    LiabilityForms forms) {
        this.db = db;
        this.cases = cases;
        this.timers = timers;
        this.outbox = outbox;
        this.settings = settings;
        this.forms = forms;
    }

    public AccountabilityCase edit(CaseStep.EditOpinion step) {
        return run(step, (c, r) -> ProceedingDecision.edit(c, step, r));
    }

    public AccountabilityCase issue(CaseStep.Issue step) {
        return run(step, (c, r) -> ProceedingDecision.issue(c, step, r));
    }

    public AccountabilityCase state(CaseStep.State step) {
        return run(step, (c, r) -> ProceedingDecision.state(c, step, r));
    }

    public AccountabilityCase submit(CaseStep.Submit step) {
        return run(step, (c, r) -> ProceedingDecision.submit(c, step, r));
    }

    public AccountabilityCase decide(CaseStep.Decide step) {
        return run(step, (c, r) -> ProceedingDecision.decide(c, step, r));
    }

    public AccountabilityCase revise(CaseStep.Revise step) {
        return run(step, (c, r) -> ProceedingDecision.revise(c, step, r));
    }

    /** The statement timer fired: waived if the case is still ISSUED with that due date; returns whether it changed. */
    public boolean fireStatementDue(Handle h, String caseId, LocalDate dueOn, Instant at) {
        Optional<AccountabilityCase> c = cases.lock(h, caseId);
        if (c.isEmpty() || c.get().state() != CaseState.ISSUED) {
            return false;
        }
        CaseStep.Waive step = new CaseStep.Waive(caseId, dueOn, SYSTEM, at, dueOn.plusDays(1));
        Optional<ProceedingDecision.Result> result = ProceedingDecision.waive(c.get(), step, rules(h, caseId));
        result.ifPresent(r -> store(h, step, r));
        return result.isPresent();
    }

    private AccountabilityCase run(CaseStep step,
                                   BiFunction<AccountabilityCase, ProceedingDecision.Rules,
                                           Optional<ProceedingDecision.Result>> decision) {
        AccountabilityCase after = db.inTransaction(h -> {
            AccountabilityCase c = cases.lock(h, step.caseId())
                    .orElseThrow(() -> DomainException.notFound(CASE_NOT_FOUND, step.caseId()));
            Optional<ProceedingDecision.Result> result = decision.apply(c, rules(h, c.caseId()));
            result.ifPresent(r -> store(h, step, r));
            return result.map(ProceedingDecision.Result::after).orElse(c);
        });
        outbox.flushSoon();
        return after;
    }

    private ProceedingDecision.Rules rules(Handle h, String caseId) {
        return new ProceedingDecision.Rules(settings.statementDays(),
                forms.all().stream().map(LiabilityForm::code).collect(Collectors.toSet()), cases.outcomes(h, caseId));
    }

    private void store(Handle h, CaseStep step, ProceedingDecision.Result r) {
        AccountabilityCase c = r.after();
        cases.update(h, c, step instanceof CaseStep.State ? step.at() : null,
                step instanceof CaseStep.Submit ? step.at() : null);
        cases.history(h, c.caseId(), step.at(), r.history(), step.actor().id(), null);
        r.outcome().ifPresent(o -> cases.addOutcome(h, c.caseId(), o));
        r.timerDueOn().ifPresent(due -> timers.schedule(h, TimerKind.STATEMENT_DUE, c.caseId(), due));
        r.event().ifPresent(e -> outbox.add(h, c.officerId(), step.actor(), step.at(), e));
    }
}
