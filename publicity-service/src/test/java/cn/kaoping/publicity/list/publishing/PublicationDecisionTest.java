package cn.kaoping.publicity.list.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.publicity.ErrorCode;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.ProblemFile;
import cn.kaoping.publicity.list.RedCardRule;
import cn.kaoping.publicity.list.UnitEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** P1, P2: what publishing a month decides, from the live list and the version before. */
class PublicationDecisionTest {

    static final YearMonth MAY = YearMonth.of(2017, 5);
    static final Instant AT = Instant.parse("2017-06-02T02:00:00Z");
    static final Actor REVIEWER = new Actor("reviewer-1", "法制大队", List.of("REVIEWER"));
    static final PublishMonthlyList COMMAND = new PublishMonthlyList(MAY, REVIEWER, AT);
    static final RedCardRule RULE = new RedCardRule(new BigDecimal("3.0"), 1, RedCardRule.FROM_CONFIG);

    static OfficerEntry officer(String id, String average, boolean redCard, ProblemFile... problems) {
        BigDecimal value = new BigDecimal(average);
        return new OfficerEntry(id, "01" + id, "民警" + id, "u1", "城关派出所", 1, value, value, problems.length, redCard,
                List.of(problems));
    }

    static MonthlyList live(OfficerEntry... officers) {
        UnitEntry unit = new UnitEntry("u1", "CG", "城关派出所", officers.length, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0);
        return new MonthlyList(MAY, null, null, null, RULE, List.of(officers), List.of(unit));
    }

    @Nested
    class TheVersion {

        @Test
        void is_the_next_after_the_last_published_one_frozen_at_the_command_time_by_its_actor() {
            PublicationDecision.Publication first = PublicationDecision.decide(COMMAND, live(officer("a", "1.00", false)), 0);
            assertThat(first.list().version()).isEqualTo(1);
            assertThat(first.list().publishedAt()).isEqualTo(AT);
            assertThat(first.list().publishedBy()).isEqualTo("reviewer-1");
            assertThat(PublicationDecision.decide(COMMAND, live(officer("a", "1.00", false)), 3).list().version())
                    .isEqualTo(4);
        }

        @Test
        void holds_the_live_lines_and_the_red_card_rule_as_they_stand() {
            MonthlyList live = live(officer("a", "4.00", true), officer("b", "1.00", false));
            MonthlyList frozen = PublicationDecision.decide(COMMAND, live, 0).list();
            assertThat(frozen.officers()).isEqualTo(live.officers());
            assertThat(frozen.units()).isEqualTo(live.units());
            assertThat(frozen.redCardRule()).isEqualTo(RULE);
        }
    }

    @Nested
    class TheEvents {

        @Test
        void announce_the_version_and_name_each_red_carded_officer_with_his_problem_files() {
            ProblemFile file = new ProblemFile("f1", "A-1", "u1", new BigDecimal("4.00"), "NOT_STANDARDIZED");
            PublicationDecision.Publication publication = PublicationDecision.decide(COMMAND,
                    live(officer("a", "4.00", true, file), officer("b", "1.00", false)), 1);
            assertThat(publication.published()).isEqualTo(new MonthlyListPublished(MAY, 2, AT, 2, 1, List.of("a")));
            assertThat(publication.redCards()).containsExactly(new RedCardIssued(MAY, 2, "a", "民警a", "u1",
                    new BigDecimal("4.00"), 1, List.of("f1")));
        }

        @Test
        void name_no_officer_when_nobody_is_red_carded() {
            PublicationDecision.Publication publication = PublicationDecision.decide(COMMAND,
                    live(officer("a", "1.00", false)), 0);
            assertThat(publication.published().redCardOfficerIds()).isEmpty();
            assertThat(publication.redCards()).isEmpty();
        }
    }

    @Nested
    class AnEmptyMonth {

        @Test
        void has_nothing_to_publish() {
            assertThatThrownBy(() -> PublicationDecision.decide(COMMAND, live(), 0))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(RefusalKind.STATE_CONFLICT);
                        assertThat(e.code()).isEqualTo(ErrorCode.MONTHLY_LIST_EMPTY);
                        assertThat(e.args()).containsExactly("2017-05");
                    });
        }
    }
}
