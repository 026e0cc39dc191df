package cn.kaoping.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PROCESS.md "People and roles": what each caller may see, decided in one place for every service. */
class AccessScopeTest {

    private static final String UNIT_A = "unit-a";
    private static final String UNIT_B = "unit-b";

    private static AccessScope scopeOf(String subject, String unit, String... roles) {
        return AccessScope.of(new Caller(TestToken.of(subject, unit, roles)));
    }

    @Nested
    class Reviewers_leadership_and_administrators {

        @Test
        void see_every_unit_and_every_officer() {
            for (String role : List.of(Roles.REVIEWER, Roles.LEADERSHIP, Roles.ADMIN)) {
                AccessScope scope = scopeOf("p-1", UNIT_A, role);

                assertThat(scope.isEverything()).as(role).isTrue();
                assertThat(scope.covers(UNIT_B, "someone-else")).as(role).isTrue();
                assertThat(scope.coversUnit(UNIT_B)).as(role).isTrue();
            }
        }

        @Test
        void narrow_to_whatever_they_filter_by() {
            AccessScope scope = scopeOf("p-1", UNIT_A, Roles.REVIEWER).narrow(UNIT_B, "officer-9");

            assertThat(scope).isEqualTo(new AccessScope(UNIT_B, "officer-9"));
        }
    }

    @Nested
    class A_unit_legal_officer {

        private final AccessScope scope = scopeOf("p-2", UNIT_A, Roles.UNIT_LEGAL_OFFICER);

        @Test
        void sees_his_own_unit_and_its_officers_only() {
            assertThat(scope).isEqualTo(new AccessScope(UNIT_A, null));
            assertThat(scope.covers(UNIT_A, "colleague")).isTrue();
            assertThat(scope.coversUnit(UNIT_A)).isTrue();
            assertThat(scope.covers(UNIT_B, "stranger")).isFalse();
            assertThat(scope.coversUnit(UNIT_B)).isFalse();
        }

        @Test
        void asking_for_another_unit_is_a_403_problem() {
            assertThatThrownBy(() -> scope.narrow(UNIT_B, null))
                    .isInstanceOf(AccessDeniedException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403))
                    .satisfies(e -> assertThat(((ProblemException) e).messageKey()).isEqualTo("access.unit"));
        }

        @Test
        void a_filter_by_officer_stays_within_his_unit() {
            assertThat(scope.narrow(null, "colleague")).isEqualTo(new AccessScope(UNIT_A, "colleague"));
        }

        @Test
        void without_a_unit_in_his_token_sees_nothing() {
            assertThatThrownBy(() -> scopeOf("p-2", null, Roles.UNIT_LEGAL_OFFICER))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class An_officer {

        private final AccessScope scope = scopeOf("p-3", UNIT_A, Roles.OFFICER);

        @Test
        void sees_his_own_records_only() {
            assertThat(scope.covers(UNIT_A, "p-3")).isTrue();
            assertThat(scope.covers(UNIT_A, List.of("colleague", "p-3"))).as("a file he co-handles").isTrue();
            assertThat(scope.covers(UNIT_A, "colleague")).isFalse();
            assertThat(scope.coversUnit(UNIT_A)).as("not his unit's figures").isFalse();
        }

        @Test
        void asking_for_another_officer_is_a_403_problem() {
            assertThatThrownBy(() -> scope.narrow(null, "colleague"))
                    .isInstanceOf(AccessDeniedException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).messageKey()).isEqualTo("access.officer"));
            assertThatThrownBy(() -> scope.require(UNIT_A, List.of("colleague")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_caller_without_a_role_that_sees_anything_is_refused() {
        assertThatThrownBy(() -> scopeOf("p-4", UNIT_A)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_caller_outside_a_request_follows_the_same_policy() {
        AccessScope scope = AccessScope.of(Caller.of("p-8", UNIT_B, Roles.UNIT_LEGAL_OFFICER));

        assertThat(scope.coversUnit(UNIT_B)).isTrue();
        assertThat(scope.coversUnit(UNIT_A)).isFalse();
    }
}
