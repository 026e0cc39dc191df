package cn.kaoping.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.web.security.OfficerRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People change (issue #13) as a consumer applies it: the platform's directory follows corrections, transfers,
 * deactivations and renames (ProjectionHarness, no broker), the registry built on it reports the current unit and
 * the state, and the monthly list keeps a transferred officer's line under the unit of his files.
 */
@QuarkusTest
class PeopleChangeProjectionTest {

    @Inject
    Db db;

    @Inject
    EnvelopeProjection projection;

    @Inject
    Directory directory;

    @Inject
    OfficerRegistry registry;

    ProjectionHarness harness;

    final EventFeed feed = EventFeed.shared();

    @BeforeEach
    void harness() {
        harness = new ProjectionHarness(db, projection);
    }

    /**
     * Applies the events at once; the directory's also go to the broker (the same envelopes, so the consumer skips
     * them), since other tests compare the directory before and after a rebuild, which replays the topic.
     */
    void play(EvaluationEvent... events) {
        for (EvaluationEvent event : events) {
            EventEnvelope envelope = EventFeed.envelope(event);
            harness.apply(envelope);
            if (!event.getClass().getSimpleName().startsWith("CaseFile")) {
                feed.sendEnvelope(envelope);
            }
        }
    }

    @Test
    void the_directory_follows_corrections_transfers_deactivations_and_renames() {
        String u1 = EvaluationEvents.id("u1"), u2 = EvaluationEvents.id("u2");
        String legal = EvaluationEvents.id("legal"), other = EvaluationEvents.id("other");
        play(EvaluationEvents.unit(u1, "DC1", "东城派出所"), EvaluationEvents.unit(u2, "DC2", "东郊派出所"),
                EvaluationEvents.officer(legal, "070001", "王法", u1, OfficerRole.UNIT_LEGAL_OFFICER),
                EvaluationEvents.officer(other, "070002", "刘一", u1, OfficerRole.UNIT_LEGAL_OFFICER));
        assertThat(directory.officersOf(u1)).extracting(Directory.Officer::officerId).containsExactly(legal, other);

        play(EvaluationEvents.officerUpdated(legal, "070001", "王法明", u1, OfficerRole.OFFICER,
                        OfficerRole.UNIT_LEGAL_OFFICER),
                EvaluationEvents.transferred(legal, u1, u2, LocalDate.of(2016, 7, 1)),
                EvaluationEvents.unitRenamed(u2, "DC2", "东郊派出所", "东郊街道派出所"),
                EvaluationEvents.deactivated(other, u1, LocalDate.of(2016, 8, 1)));

        Directory.Officer moved = directory.officer(legal).orElseThrow();
        assertThat(moved.name()).isEqualTo("王法明");
        assertThat(moved.roles()).containsExactly("OFFICER", "UNIT_LEGAL_OFFICER");
        assertThat(moved.unitId()).isEqualTo(u2);
        assertThat(moved.active()).isTrue();
        assertThat(directory.unitName(u2)).isEqualTo("东郊街道派出所");
        assertThat(directory.unit(u2).orElseThrow().code()).isEqualTo("DC2");

        Directory.Officer left = directory.officer(other).orElseThrow();
        assertThat(left.active()).isFalse();
        assertThat(left.deactivatedOn()).isEqualTo(LocalDate.of(2016, 8, 1));
        assertThat(directory.officerName(other)).as("his name still prints").isEqualTo("刘一");

        // Lists of who is expected to act hold active officers in their current unit.
        assertThat(directory.officersOf(u1)).isEmpty();
        assertThat(directory.officersOf(u2)).extracting(Directory.Officer::officerId).containsExactly(legal);
        assertThat(directory.officersWithRole("UNIT_LEGAL_OFFICER")).extracting(Directory.Officer::officerId)
                .contains(legal).doesNotContain(other);
        assertThat(directory.officers(List.of(legal, other))).containsOnlyKeys(legal, other);

        // The registry every projection service checks callers against.
        assertThat(registry.registration(legal).orElseThrow())
                .isEqualTo(new OfficerRegistry.Registration(u2, Set.of("OFFICER", "UNIT_LEGAL_OFFICER"), true));
        OfficerRegistry.Registration gone = registry.registration(other).orElseThrow();
        assertThat(gone.active()).isFalse();
        assertThat(gone.grant(Set.of("UNIT_LEGAL_OFFICER"))).isEmpty();
    }

    @Test
    void a_redelivered_change_changes_nothing_more() {
        String u1 = EvaluationEvents.id("u1"), u2 = EvaluationEvents.id("u2"), a = EvaluationEvents.id("a");
        play(EvaluationEvents.unit(u1, "RD1", "南城派出所"), EvaluationEvents.unit(u2, "RD2", "南郊派出所"),
                EvaluationEvents.officer(a, "071001", "陈二", u1));
        EventEnvelope transfer = EventFeed.envelope(EvaluationEvents.transferred(a, u1, u2, LocalDate.of(2016, 7, 1)));
        EventEnvelope deactivation = EventFeed.envelope(EvaluationEvents.deactivated(a, u2, LocalDate.of(2016, 9, 1)));
        harness.apply(transfer, deactivation, transfer, deactivation);
        feed.sendEnvelope(transfer);
        feed.sendEnvelope(deactivation);

        Directory.Officer officer = directory.officer(a).orElseThrow();
        assertThat(officer.unitId()).isEqualTo(u2);
        assertThat(officer.active()).isFalse();
        assertThat(officer.deactivatedOn()).isEqualTo(LocalDate.of(2016, 9, 1));
    }

    @Test
    void a_transferred_officers_line_stays_under_the_unit_of_his_files_and_names_follow_renames() {
        YearMonth month = TestMonths.fresh(2);
        String u1 = EvaluationEvents.id("u1"), u2 = EvaluationEvents.id("u2");
        String a = EvaluationEvents.id("a"), b = EvaluationEvents.id("b");
        File f1 = File.of(u1, a), f2 = File.of(u1, a), f3 = File.of(u2, b);
        play(EvaluationEvents.unit(u1, "ML1", "北城派出所"), EvaluationEvents.unit(u2, "ML2", "北郊派出所"),
                EvaluationEvents.officer(a, "072001", "赵甲", u1), EvaluationEvents.officer(b, "072002", "钱乙", u2),
                EvaluationEvents.reviewed(f1, month, "4.0"), EvaluationEvents.reviewed(f2, month, "2.0"),
                EvaluationEvents.reviewed(f3, month, "1.0"));

        play(EvaluationEvents.transferred(a, u1, u2, month.plusMonths(1).atDay(1)),
                EvaluationEvents.officerUpdated(a, "072001", "赵甲乙", u2, OfficerRole.OFFICER),
                EvaluationEvents.unitRenamed(u1, "ML1", "北城派出所", "北城街道派出所"));

        JsonPath list = Api.liveList(month);
        Map<String, Object> line = Api.officer(list, a);
        assertThat(line.get("unitId")).as("the unit of his files, not his new one").isEqualTo(u1);
        assertThat(line.get("unitName")).isEqualTo("北城街道派出所");
        assertThat(line.get("officerName")).isEqualTo("赵甲乙");
        assertThat(line.get("filesEvaluated")).isEqualTo(2);
        assertThat(Api.unit(list, u1).get("filesEvaluated")).isEqualTo(2);
        assertThat(Api.unit(list, u1).get("redCardOfficers")).as("his red card (6.0 / 2 = 3.00 is none)").isEqualTo(0);
        assertThat(Api.unit(list, u2).get("filesEvaluated")).isEqualTo(1);

        // Next month he carries a file of his new unit: that line sits there.
        File f4 = File.of(u2, a);
        play(EvaluationEvents.reviewed(f4, month.plusMonths(1), "5.0"));
        assertThat(Api.officer(Api.liveList(month.plusMonths(1)), a).get("unitId")).isEqualTo(u2);
        assertThat(Api.officer(Api.liveList(month), a).get("unitId")).isEqualTo(u1);
    }
}
