package cn.kaoping.evaluation.officer;

import static cn.kaoping.evaluation.support.DomainErrors.fieldError;

import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.evaluation.officer.registering.RegisterOfficer;
import cn.kaoping.evaluation.domain.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers are registered by an ADMIN in a unit with their roles, and published. */
class OfficerTest {

    private static final Instant NOW = Instant.parse("2017-03-01T01:00:00Z");
    private FixtureConfiguration<Officer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Officer.class);
    }

    @Test
    void an_admin_registers_an_officer_in_a_unit_with_his_roles() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficer("officer-1", "031234", "王法", "unit-1",
                        Set.of(OfficerRole.UNIT_LEGAL_OFFICER, OfficerRole.OFFICER), "admin-1", NOW))
                .expectEvents(new OfficerRegistered("officer-1", "031234", "王法", "unit-1",
                        List.of(OfficerRole.OFFICER, OfficerRole.UNIT_LEGAL_OFFICER), "admin-1", NOW));
    }

    @Test
    void an_officer_needs_a_police_number_a_name_a_unit_and_a_role() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOfficer("officer-1", " ", "", null, Set.of(), "admin-1", NOW))
                .expectException(fieldError("policeNumber", ErrorCode.REQUIRED))
                .expectException(fieldError("name", ErrorCode.REQUIRED))
                .expectException(fieldError("unitId", ErrorCode.REQUIRED))
                .expectException(fieldError("roles", ErrorCode.REQUIRED))
                .expectNoEvents();
    }
}
