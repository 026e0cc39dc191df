package cn.kaoping.evaluation.scoring;

import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookProcessPenalty;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.deadline.DeadlinePeriod;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.math.BigDecimal;
import java.time.Instant;

/** The process penalties of E3, priced by the rulebook. */
public final class ProcessPenalties {

    private ProcessPenalties() {
    }

    /** 不送评: the submission deadline passed unsubmitted. */
    public static ProcessPenalty missing(Rulebook rulebook) {
        return once(rulebook, ProcessPenaltyCode.MISSING);
    }

    /** 法制员未先期考评: submitted without pre-review. */
    public static ProcessPenalty noPreReview(Rulebook rulebook) {
        return once(rulebook, ProcessPenaltyCode.NO_PREREVIEW);
    }

    /**
     * 超期送评: submitted at {@code submittedAt}, on or after the deadline passed. Costs the rulebook's points
     * per started period after the deadline (by default 1 point per started week: the 1st to the 7th day
     * late is one week), at most its maximum. Submitting on the due date itself is on time.
     */
    public static ProcessPenalty late(Rulebook rulebook, Deadline deadline, Instant submittedAt,
                                      BureauCalendar calendar) {
        RulebookProcessPenalty rule = rulebook.penalty(ProcessPenaltyCode.LATE);
        BigDecimal max = rule.maxPoints() == null ? rule.points() : rule.maxPoints();
        if (rule.per() == null) {
            return new ProcessPenalty(ProcessPenaltyCode.LATE, Points.canonical(Points.min(rule.points(), max)), 1);
        }
        long started = DeadlinePeriod.parse(rule.per()).startedPeriods(deadline.overdueAt(), submittedAt, calendar);
        BigDecimal points = Points.min(rule.points().multiply(BigDecimal.valueOf(started)), max);
        return new ProcessPenalty(ProcessPenaltyCode.LATE, Points.canonical(points), Math.toIntExact(started));
    }

    private static ProcessPenalty once(Rulebook rulebook, ProcessPenaltyCode code) {
        RulebookProcessPenalty rule = rulebook.penalty(code);
        BigDecimal max = rule.maxPoints() == null ? rule.points() : rule.maxPoints();
        return new ProcessPenalty(code, Points.canonical(Points.min(rule.points(), max)), 1);
    }
}
