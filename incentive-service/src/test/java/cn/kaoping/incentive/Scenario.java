package cn.kaoping.incentive;

import static cn.kaoping.fixtures.EvaluationEvents.closed;
import static cn.kaoping.fixtures.EvaluationEvents.officer;
import static cn.kaoping.fixtures.EvaluationEvents.registered;
import static cn.kaoping.fixtures.EvaluationEvents.reviewed;
import static cn.kaoping.fixtures.EvaluationEvents.unit;

import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Units, officers and evaluated files of one test, with ids unique per run. */
final class Scenario {

    final String u1 = "U1-" + UUID.randomUUID().toString().substring(0, 6);
    final String u2 = "U2-" + UUID.randomUUID().toString().substring(0, 6);
    final String a = EvaluationEvents.id("a");
    final String b = EvaluationEvents.id("b");
    final String c = EvaluationEvents.id("c");

    List<EvaluationEvent> directory() {
        return List.of(unit(u1, "01-" + u1, "城关派出所"), unit(u2, "02-" + u2, "交警大队"),
                officer(a, "1001" + a, "张三", u1), officer(b, "1002" + b, "李四", u1), officer(c, "2001" + c, "王五", u2));
    }

    /**
     * Sends directory events through the real broker and waits until the projection has them: a rebuild (the
     * platform's ProjectionHostTest) replays the topics, so what the directory holds must be on them.
     */
    static void sendDirectory(cn.kaoping.runtime.db.Db db, List<EvaluationEvent> events) {
        cn.kaoping.fixtures.EventFeed feed = cn.kaoping.fixtures.EventFeed.shared();
        events.forEach(feed::send);
        List<String> ids = events.stream().map(EvaluationEvent::subject).toList();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> db.withHandle(h -> h
                .createQuery("SELECT (SELECT count(*) FROM unit_directory WHERE unit_id = ANY (:ids))"
                        + " + (SELECT count(*) FROM officer_directory WHERE officer_id = ANY (:ids))")
                .bindArray("ids", String.class, ids).mapTo(Long.class).one()) == ids.size());
    }

    /** A file of round one without findings (score 100 − points, closed): 10 × grade coefficient under the default. */
    static List<EvaluationEvent> evaluated(File file, YearMonth month, String deduction) {
        List<EvaluationEvent> events = new ArrayList<>();
        EvaluationCard card = EvaluationEvents.cardOf(1, deduction);
        events.add(registered(file, month.minusMonths(1).atDay(3)));
        events.add(reviewed(file, 1, month, month.atDay(5), card));
        events.add(closed(file, month, month.atDay(5), card, ClosingReason.NO_FINDINGS_IN_ROUND_ONE));
        return events;
    }
}
