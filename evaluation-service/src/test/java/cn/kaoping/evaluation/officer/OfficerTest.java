package cn.kaoping.evaluation.officer;

import static cn.kaoping.evaluation.support.DomainErrors.domainError;
import static cn.kaoping.evaluation.support.DomainErrors.fieldError;

import cn.kaoping.contracts.evaluation.OfficerDeactivated;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.OfficerTransferred;
import cn.kaoping.contracts.evaluation.OfficerUpdated;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.officer.deactivating.DeactivateOfficer;
import cn.kaoping.evaluation.officer.registering.RegisterOfficer;
import cn.kaoping.evaluation.officer.transferring.TransferOfficer;
import cn.kaoping.evaluation.officer.updating.UpdateOfficer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Officers are registered by an ADMIN in a unit with their roles, corrected, transferred and deactivated. */
class OfficerTest {

    private static final Instant NOW = Instant.parse("2017-03-01T01:00:00Z");
    /** The bureau's date at {@link #NOW} (Asia/Shanghai). */
    private static final LocalDate TODAY = LocalDate.of(2017, 3, 1);
    private static final OfficerRegistered REGISTERED = new OfficerRegistered("officer-1", "031234", "王法", "unit-1",
            List.of(OfficerRole.OFFICER, OfficerRole.UNIT_LEGAL_OFFICER), "admin-1", NOW.minusSeconds(86_400));
    private static final OfficerDeactivated DEACTIVATED = new OfficerDeactivated("officer-1", "unit-1",
            TODAY.minusDays(1), "admin-1", NOW.minusSeconds(3_600));
    private FixtureConfiguration<Officer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Officer.class).registerInjectableResource(BureauCalendar.shanghai());
    }

    @Nested
    class Registering {

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

    @Nested
    class Updating {

        @Test
        void an_admin_corrects_the_name_and_sets_the_roles_keeping_police_number_and_unit() {
            fixture.given(REGISTERED)
                    .when(new UpdateOfficer("officer-1", " 王法明 ", Set.of(OfficerRole.REVIEWER, OfficerRole.OFFICER),
                            "admin-1", NOW))
                    .expectEvents(new OfficerUpdated("officer-1", "031234", "王法明", "unit-1",
                            List.of(OfficerRole.OFFICER, OfficerRole.REVIEWER), "admin-1", NOW));
        }

        @Test
        void the_same_name_and_roles_again_change_nothing() {
            fixture.given(REGISTERED)
                    .when(new UpdateOfficer("officer-1", "王法",
                            Set.of(OfficerRole.UNIT_LEGAL_OFFICER, OfficerRole.OFFICER), "admin-1", NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_name_and_a_role_are_required() {
            fixture.given(REGISTERED)
                    .when(new UpdateOfficer("officer-1", " ", Set.of(), "admin-1", NOW))
                    .expectException(fieldError("name", ErrorCode.REQUIRED))
                    .expectException(fieldError("roles", ErrorCode.REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void a_deactivated_officer_is_not_changed() {
            fixture.given(REGISTERED, DEACTIVATED)
                    .when(new UpdateOfficer("officer-1", "王法明", Set.of(OfficerRole.OFFICER), "admin-1", NOW))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.OFFICER_DEACTIVATED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Transferring {

        @Test
        void an_admin_transfers_an_officer_to_another_unit_from_a_day() {
            fixture.given(REGISTERED)
                    .when(new TransferOfficer("officer-1", "unit-2", TODAY.minusDays(3), "admin-1", NOW))
                    .expectEvents(new OfficerTransferred("officer-1", "unit-1", "unit-2", TODAY.minusDays(3),
                            "admin-1", NOW));
        }

        @Test
        void a_second_transfer_starts_from_the_unit_of_the_first() {
            fixture.given(REGISTERED, new OfficerTransferred("officer-1", "unit-1", "unit-2", TODAY.minusDays(9),
                            "admin-1", NOW.minusSeconds(7_200)))
                    .when(new TransferOfficer("officer-1", "unit-3", TODAY, "admin-1", NOW))
                    .expectEvents(new OfficerTransferred("officer-1", "unit-2", "unit-3", TODAY, "admin-1", NOW));
        }

        @Test
        void a_unit_and_a_day_are_required() {
            fixture.given(REGISTERED)
                    .when(new TransferOfficer("officer-1", "", null, "admin-1", NOW))
                    .expectException(fieldError("unitId", ErrorCode.REQUIRED))
                    .expectException(fieldError("effectiveOn", ErrorCode.REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void not_to_the_unit_he_belongs_to() {
            fixture.given(REGISTERED)
                    .when(new TransferOfficer("officer-1", "unit-1", TODAY, "admin-1", NOW))
                    .expectException(fieldError("unitId", ErrorCode.TRANSFER_TO_SAME_UNIT))
                    .expectNoEvents();
        }

        @Test
        void not_ahead_of_time() {
            fixture.given(REGISTERED)
                    .when(new TransferOfficer("officer-1", "unit-2", TODAY.plusDays(1), "admin-1", NOW))
                    .expectException(fieldError("effectiveOn", ErrorCode.EFFECTIVE_ON_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void not_once_deactivated() {
            fixture.given(REGISTERED, DEACTIVATED)
                    .when(new TransferOfficer("officer-1", "unit-2", TODAY, "admin-1", NOW))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.OFFICER_DEACTIVATED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Deactivating {

        @Test
        void today_when_no_day_is_given() {
            fixture.given(REGISTERED)
                    .when(new DeactivateOfficer("officer-1", null, "admin-1", NOW))
                    .expectEvents(new OfficerDeactivated("officer-1", "unit-1", TODAY, "admin-1", NOW));
        }

        @Test
        void in_the_unit_he_was_transferred_to_on_an_earlier_day() {
            fixture.given(REGISTERED, new OfficerTransferred("officer-1", "unit-1", "unit-2", TODAY.minusDays(9),
                            "admin-1", NOW.minusSeconds(7_200)))
                    .when(new DeactivateOfficer("officer-1", TODAY.minusDays(2), "admin-1", NOW))
                    .expectEvents(new OfficerDeactivated("officer-1", "unit-2", TODAY.minusDays(2), "admin-1", NOW));
        }

        @Test
        void not_ahead_of_time() {
            fixture.given(REGISTERED)
                    .when(new DeactivateOfficer("officer-1", TODAY.plusDays(1), "admin-1", NOW))
                    .expectException(fieldError("effectiveOn", ErrorCode.EFFECTIVE_ON_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void only_once() {
            fixture.given(REGISTERED, DEACTIVATED)
                    .when(new DeactivateOfficer("officer-1", null, "admin-1", NOW))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.OFFICER_DEACTIVATED))
                    .expectNoEvents();
        }
    }
}
