package cn.kaoping.evaluation.infrastructure.deadlines;

import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.Rectification;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.deadline.DeadlineKind;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.scoring.FindingInput;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.evaluation.support.DrillRulebook;
import cn.kaoping.evaluation.support.InfrastructureTestProfile;
import cn.kaoping.evaluation.support.StoredEvents;
import cn.kaoping.runtime.db.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines are durable and fire without any request: once, whatever the number of schedulers, and after a
 * restart of the scheduler between opening and firing.
 */
@QuarkusTest
@TestProfile(InfrastructureTestProfile.class)
class DeadlineFiringTest {

    private static final DrillRulebook DRILL = DrillRulebook.DEADLINES;
    /** The drill's submission period; its rectification period is the same. */
    private static final Duration PERIOD = DRILL.submissionPeriod();
    /** The drill period, then a few polls of one second. */
    private static final Duration FIRED_WITHIN = PERIOD.plusSeconds(15);

    @Inject
    CommandGateway commands;
    @Inject
    EventStore eventStore;
    @Inject
    RulebookCatalog rulebooks;
    @Inject
    Db db;
    @Inject
    Clock clock;
    @Inject
    DeadlineScheduler scheduler;
    @Inject
    DeadlineFiring firing;

    private CaseFiles files;
    private StoredEvents stored;
    private DeadlineRows rows;

    @BeforeEach
    void setUp() {
        DRILL.ensurePublished(commands, rulebooks);
        files = new CaseFiles(commands);
        stored = new StoredEvents(eventStore);
        rows = new DeadlineRows(db);
    }

    @AfterEach
    void schedulerRunsAgain() {
        scheduler.start();
    }

    @Test
    void a_file_closed_two_months_ago_is_overdue_at_once_without_any_further_request() {
        String file = files.register(today().minusMonths(2));

        List<Object> events = stored.payloadsOf(file);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(CaseFileRegistered.class);
        SubmissionOverdue overdue = (SubmissionOverdue) events.get(1);
        assertThat(overdue.actorId()).isEqualTo(EvaluationEvent.SYSTEM_ACTOR);
        assertThat(overdue.processPenalties()).extracting(ProcessPenalty::code)
                .containsExactly(ProcessPenaltyCode.MISSING);
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.FIRED);
    }

    @Test
    void a_submission_deadline_that_passes_marks_the_file_overdue_without_any_request() {
        String file = files.register(DRILL.closedOn());
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.OPEN);

        awaitOne(file, SubmissionOverdue.class);

        assertThat(stored.payloadsOf(file)).hasSize(2);
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.FIRED);
    }

    @Test
    void a_file_submitted_in_time_is_never_marked_overdue() {
        String file = files.register(DRILL.closedOn());
        files.submit(file);
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.CANCELLED);

        awaitDue(file, DeadlineKind.SUBMISSION);
        nothingFor(Duration.ofSeconds(3), () -> stored.payloadsOf(file, SubmissionOverdue.class).isEmpty());
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.CANCELLED);
    }

    @Test
    void a_passed_rectification_deadline_doubles_every_round_one_finding_and_closes_the_file_flagged() {
        String file = files.register(DRILL.closedOn());
        files.submit(file);
        files.reviewRoundOne(file, FindingInput.of("EV02", "询问笔录无见证人"), FindingInput.of("EV03", "取证程序违法"));
        CaseFileReviewed reviewed = stored.payloadsOf(file, CaseFileReviewed.class).get(0);
        assertThat(reviewed.rectificationOverdueAt()).isNotNull();
        assertThat(rows.state(file, DeadlineKind.RECTIFICATION)).contains(DeadlineState.OPEN);

        RectificationOverdue overdue = awaitOne(file, RectificationOverdue.class);

        List<Finding> roundOne = reviewed.card().findings();
        assertThat(overdue.unrectifiedFindingIds()).containsExactlyElementsOf(
                roundOne.stream().map(Finding::findingId).toList());
        assertThat(overdue.card().round()).isEqualTo(2);
        assertThat(overdue.card().findings()).hasSameSizeAs(roundOne);
        for (Finding finding : overdue.card().findings()) {
            assertThat(finding.rectification()).isEqualTo(Rectification.UNRECTIFIED);
            assertThat(finding.countedPoints()).isEqualByComparingTo(finding.points().multiply(BigDecimal.valueOf(2)));
        }
        CaseFileClosed closed = awaitOne(file, CaseFileClosed.class);
        assertThat(closed.reason()).isEqualTo(ClosingReason.RECTIFICATION_OVERDUE);
        assertThat(closed.overdueRectification()).isTrue();
        assertThat(closed.finalRound()).isEqualTo(2);
        assertThat(rows.state(file, DeadlineKind.RECTIFICATION)).contains(DeadlineState.FIRED);
    }

    @Test
    void a_file_resubmitted_in_time_is_never_marked_unrectified() {
        String file = files.register(DRILL.closedOn());
        files.submit(file);
        files.reviewRoundOne(file, FindingInput.of("EV02", "询问笔录无见证人"));
        files.submit(file);
        assertThat(rows.state(file, DeadlineKind.RECTIFICATION)).contains(DeadlineState.CANCELLED);

        awaitDue(file, DeadlineKind.RECTIFICATION);
        nothingFor(Duration.ofSeconds(3), () -> stored.payloadsOf(file, RectificationOverdue.class).isEmpty());
        assertThat(rows.state(file, DeadlineKind.RECTIFICATION)).contains(DeadlineState.CANCELLED);
    }

    @Test
    void two_schedulers_firing_the_same_due_deadline_at_once_mark_the_file_once() throws Exception {
        scheduler.stop();
        String file = files.register(DRILL.closedOn());
        awaitDue(file, DeadlineKind.SUBMISSION);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = instances.submit(() -> {
                together.await();
                return firing.fireDue("instance-a");
            });
            Future<Integer> second = instances.submit(() -> {
                together.await();
                return firing.fireDue("instance-b");
            });
            first.get();
            second.get();
        } finally {
            instances.shutdownNow();
        }

        assertThat(stored.payloadsOf(file, SubmissionOverdue.class)).hasSize(1);
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.FIRED);
    }

    @Test
    void a_deadline_fired_again_changes_nothing() {
        scheduler.stop();
        String file = files.register(DRILL.closedOn());
        awaitDue(file, DeadlineKind.SUBMISSION);
        firing.fireDue("instance-a");
        assertThat(stored.payloadsOf(file, SubmissionOverdue.class)).hasSize(1);

        rows.reopen(file, DeadlineKind.SUBMISSION); // as if the firing had not been recorded
        firing.fireDue("instance-b");

        assertThat(stored.payloadsOf(file, SubmissionOverdue.class)).hasSize(1);
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.FIRED);
    }

    @Test
    void a_deadline_survives_a_restart_of_the_scheduler_between_opening_and_firing() {
        scheduler.stop();
        String file = files.register(DRILL.closedOn());
        awaitDue(file, DeadlineKind.SUBMISSION);
        nothingFor(Duration.ofSeconds(2), () -> stored.payloadsOf(file, SubmissionOverdue.class).isEmpty());
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.OPEN);

        try (DeadlinePoller restarted = new DeadlinePoller(firing, Duration.ofSeconds(1), "restarted-instance")) {
            restarted.start();
            awaitOne(file, SubmissionOverdue.class);
            nothingFor(Duration.ofSeconds(2), () -> stored.payloadsOf(file, SubmissionOverdue.class).size() == 1);
        }

        assertThat(stored.payloadsOf(file, SubmissionOverdue.class)).hasSize(1);
        assertThat(rows.state(file, DeadlineKind.SUBMISSION)).contains(DeadlineState.FIRED);
    }

    private <T> T awaitOne(String file, Class<T> type) {
        return await(type.getSimpleName() + " of " + file).atMost(FIRED_WITHIN)
                .until(() -> stored.payloadsOf(file, type), events -> !events.isEmpty()).get(0);
    }

    /** Until the deadline's instant has passed on the service clock (by the scheduler's margin and more). */
    private void awaitDue(String file, DeadlineKind kind) {
        Instant dueAt = rows.dueAt(file, kind).orElseThrow();
        await(kind + " deadline of " + file + " due").atMost(PERIOD.plusSeconds(5))
                .until(() -> clock.instant().isAfter(dueAt.plusMillis(100)));
    }

    /** The condition holds, and keeps holding, for this long: what must not happen does not. */
    private static void nothingFor(Duration duration, Callable<Boolean> stillTrue) {
        await().during(duration).atMost(duration.plusSeconds(5)).until(stillTrue);
    }
}
