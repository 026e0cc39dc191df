package cn.kaoping.evaluation.unit;

import static cn.kaoping.evaluation.support.DomainErrors.fieldError;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.contracts.evaluation.UnitRenamed;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.unit.registering.RegisterUnit;
import cn.kaoping.evaluation.unit.renaming.RenameUnit;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Units are registered by an ADMIN, renamed, and published so that other services can show their names. */
class UnitTest {

    private static final Instant NOW = Instant.parse("2017-03-01T01:00:00Z");
    private static final UnitRegistered REGISTERED = new UnitRegistered("unit-1", "CG01", "城关派出所", "admin-1",
            NOW.minusSeconds(86_400));
    private FixtureConfiguration<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    @Test
    void an_admin_registers_a_unit_with_its_code_and_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("unit-1", " CG01 ", "城关派出所", "admin-1", NOW))
                .expectEvents(new UnitRegistered("unit-1", "CG01", "城关派出所", "admin-1", NOW));
    }

    @Test
    void a_unit_needs_a_code_and_a_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit("unit-1", "", null, "admin-1", NOW))
                .expectException(fieldError("code", ErrorCode.REQUIRED))
                .expectException(fieldError("name", ErrorCode.REQUIRED))
                .expectNoEvents();
    }

    @Test
    void an_admin_renames_a_unit_keeping_its_code() {
        fixture.given(REGISTERED)
                .when(new RenameUnit("unit-1", " 城关街道派出所 ", "admin-1", NOW))
                .expectEvents(new UnitRenamed("unit-1", "CG01", "城关派出所", "城关街道派出所", "admin-1", NOW));
    }

    @Test
    void the_same_name_again_changes_nothing() {
        fixture.given(REGISTERED)
                .when(new RenameUnit("unit-1", "城关派出所", "admin-1", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_new_name_is_required() {
        fixture.given(REGISTERED)
                .when(new RenameUnit("unit-1", "  ", "admin-1", NOW))
                .expectException(fieldError("name", ErrorCode.REQUIRED))
                .expectNoEvents();
    }
}
