package cn.kaoping.publicity.bulletin.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.domain.DomainException;
import cn.kaoping.publicity.ErrorCode;
import cn.kaoping.publicity.bulletin.Bulletin;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** P3: the issue number (第N期) a publication gives a bulletin. */
class BulletinPublicationDecisionTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor REVIEWER = new Actor("reviewer-1", null, List.of("REVIEWER"));

    static Bulletin bulletin(String state, Integer year, Integer number) {
        return new Bulletin("b1", YearMonth.of(2017, 12), "2017年12月执法质量考评通报", "正文", state, year, number, List.of(),
                "reviewer-1", Instant.parse("2018-01-02T00:00:00Z"), Instant.parse("2018-01-02T00:00:00Z"), null, null);
    }

    @Nested
    class TheIssue {

        @Test
        void is_the_next_number_of_the_year_and_is_announced() {
            PublishBulletin command = new PublishBulletin("b1", REVIEWER, Instant.parse("2018-03-01T02:00:00Z"), SHANGHAI);
            BulletinPublicationDecision.Issue issue = BulletinPublicationDecision.decide(command,
                    bulletin(Bulletin.DRAFT, null, null), 2);
            assertThat(issue.year()).isEqualTo(2018);
            assertThat(issue.number()).isEqualTo(3);
            assertThat(issue.event()).isEqualTo(new BulletinPublished("b1", 2018, 3, "2017年12月执法质量考评通报"));
        }

        @Test
        void counts_in_the_year_of_the_bureau_s_time_zone() {
            // 16:30 UTC on 31 December is already 1 January in Shanghai.
            PublishBulletin command = new PublishBulletin("b1", REVIEWER, Instant.parse("2017-12-31T16:30:00Z"), SHANGHAI);
            assertThat(BulletinPublicationDecision.decide(command, bulletin(Bulletin.DRAFT, null, null), 0).year())
                    .isEqualTo(2018);
        }
    }

    @Nested
    class APublishedBulletin {

        @Test
        void is_not_published_again() {
            PublishBulletin command = new PublishBulletin("b1", REVIEWER, Instant.parse("2018-03-01T02:00:00Z"), SHANGHAI);
            assertThatThrownBy(() -> BulletinPublicationDecision.decide(command, bulletin(Bulletin.PUBLISHED, 2018, 1), 1))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BULLETIN_PUBLISHED);
                        assertThat(e.args()).containsExactly("2018年第1期");
                    });
        }
    }
}
