package cn.kaoping.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.Actor;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.problem.ProblemException;
import cn.kaoping.web.problem.UnauthenticatedException;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final String UNIT_A = "unit-a";
    private static final String UNIT_B = "unit-b";

    private static Caller caller(String subject, String unit, String... groups) {
        return new Caller(TestToken.of(subject, unit, groups));
    }

    @Test
    void a_missing_role_is_a_403_problem_naming_the_roles_that_would_do() {
        Caller officer = caller("p-3", UNIT_A, Roles.OFFICER);

        assertThatCode(() -> officer.requireAnyRole(Roles.REVIEWER, Roles.OFFICER)).doesNotThrowAnyException();
        assertThatThrownBy(() -> officer.requireAnyRole(Roles.REVIEWER, Roles.ADMIN))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((ProblemException) e).args()).containsExactly("REVIEWER, ADMIN"));
    }

    @Test
    void without_a_token_the_caller_is_anonymous_and_every_requirement_is_a_401_problem() {
        Caller anonymous = new Caller(TestToken.anonymous());

        assertThat(anonymous.isAuthenticated()).isFalse();
        assertThat(anonymous.roles()).isEmpty();
        assertThatThrownBy(anonymous::requireAuthenticated).isInstanceOf(UnauthenticatedException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(401));
        assertThatThrownBy(() -> AccessScope.of(anonymous)).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> anonymous.requireAnyRole(Roles.OFFICER)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void claims_given_as_json_values_are_read_as_text() {
        Caller caller = new Caller(TestToken.of("p-4", null, Roles.UNIT_LEGAL_OFFICER)
                .with("unit", Json.createValue(UNIT_A))
                .with("name", Json.createValue("张伟")));

        assertThat(caller.unitId()).isEqualTo(UNIT_A);
        assertThat(caller.name()).isEqualTo("张伟");
        assertThat(AccessScope.of(caller).coversUnit(UNIT_A)).isTrue();
    }

    @Test
    void the_caller_is_the_actor_of_the_events_their_request_causes() {
        Caller caller = new Caller(TestToken.of("p-5", UNIT_A, Roles.REVIEWER, Roles.OFFICER).with("name", "王磊"));

        assertThat(caller.actor()).isEqualTo(new Actor("p-5", "王磊", List.of(Roles.OFFICER, Roles.REVIEWER)));
    }

    @Test
    void without_a_name_claim_the_upn_or_the_id_names_the_caller() {
        assertThat(new Caller(TestToken.of("p-6", UNIT_A, Roles.OFFICER).with("upn", "officer6")).name())
                .isEqualTo("officer6");
        assertThat(caller("p-7", UNIT_A, Roles.OFFICER).name()).isEqualTo("p-7");
    }

}
