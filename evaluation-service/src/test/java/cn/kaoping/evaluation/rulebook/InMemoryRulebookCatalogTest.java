package cn.kaoping.evaluation.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.evaluation.domain.ErrorCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** E7: a new version applies from its effective date. */
class InMemoryRulebookCatalogTest {

    private final Rulebook first = TestRulebooks.defaultRulebook();
    private final Rulebook april = Rulebook.of(TestRulebooks.variant("v2017-04", LocalDate.of(2017, 4, 1), 10));
    private final InMemoryRulebookCatalog catalog = new InMemoryRulebookCatalog(first, april);

    @Test
    void the_version_in_force_is_the_latest_effective_on_or_before_the_date() {
        assertThat(catalog.inForceOn(LocalDate.of(2017, 3, 31))).isSameAs(first);
        assertThat(catalog.inForceOn(LocalDate.of(2017, 4, 1))).isSameAs(april);
        assertThat(catalog.inForceOn(LocalDate.of(2030, 1, 1))).isSameAs(april);
    }

    @Test
    void among_versions_effective_the_same_day_the_last_published_is_in_force() {
        Rulebook correction = Rulebook.of(TestRulebooks.variant("v2017-04-b", LocalDate.of(2017, 4, 1), 6));
        catalog.add(correction);
        assertThat(catalog.inForceOn(LocalDate.of(2017, 4, 1))).isSameAs(correction);
    }

    @Test
    void before_the_first_version_none_is_in_force() {
        assertThat(catalog.findInForceOn(LocalDate.of(2015, 12, 31))).isEmpty();
        assertThatThrownBy(() -> catalog.inForceOn(LocalDate.of(2015, 12, 31)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_RULEBOOK_IN_FORCE));
    }

    @Test
    void versions_are_found_by_id_and_listed_in_publication_order_once() {
        catalog.add(Rulebook.of(TestRulebooks.variant("v2017-04", LocalDate.of(2018, 1, 1), 1)));
        assertThat(catalog.version("v2017-04")).containsSame(april);
        assertThat(catalog.version("nope")).isEmpty();
        assertThat(catalog.versions()).containsExactly(first, april);
    }
}
