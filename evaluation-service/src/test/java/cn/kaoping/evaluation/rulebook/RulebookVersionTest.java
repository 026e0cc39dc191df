package cn.kaoping.evaluation.rulebook;

import static cn.kaoping.evaluation.support.DomainErrors.domainError;
import static cn.kaoping.evaluation.support.DomainErrors.fieldError;

import cn.kaoping.domain.RefusalKind;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.publishing.PublishRulebookVersion;
import cn.kaoping.evaluation.rulebook.publishing.RulebookVersion;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E7: an ADMIN publishes validated rulebook versions; a version is published once. */
class RulebookVersionTest {

    private static final Instant NOW = Instant.parse("2017-03-20T02:00:00Z");

    private InMemoryRulebookCatalog rulebooks;
    private FixtureConfiguration<RulebookVersion> fixture;

    @BeforeEach
    void setUp() {
        rulebooks = TestRulebooks.catalogWithDefault();
        fixture = new AggregateTestFixture<>(RulebookVersion.class).registerInjectableResource(rulebooks);
    }

    @Test
    void a_valid_version_is_published_with_its_full_content() {
        RulebookContent april = TestRulebooks.variant("v2017-04", LocalDate.of(2017, 4, 1), 6);
        fixture.givenNoPriorActivity()
                .when(new PublishRulebookVersion(april, "admin-1", NOW))
                .expectEvents(new RulebookVersionPublished("v2017-04", april, "admin-1", NOW));
    }

    @Test
    void an_invalid_version_is_refused_with_its_field_errors() {
        RulebookContent valid = TestRulebooks.variant("v2017-04", LocalDate.of(2017, 4, 1), 6);
        RulebookContent invalid = new RulebookContent(valid.versionId(), valid.name(), valid.effectiveFrom(),
                valid.dimensions().subList(0, 5), valid.items(), valid.processPenalties(), valid.gradeBands(),
                valid.deadlines(), valid.unrectifiedFactor(), valid.thresholds());
        fixture.givenNoPriorActivity()
                .when(new PublishRulebookVersion(invalid, "admin-1", NOW))
                .expectException(domainError(RefusalKind.INVALID_INPUT, ErrorCode.RULEBOOK_INVALID))
                .expectException(fieldError("dimensions", ErrorCode.WEIGHTS_NOT_100))
                .expectException(fieldError("items[18].dimension", ErrorCode.UNKNOWN_DIMENSION))
                .expectNoEvents();
    }

    @Test
    void a_version_id_is_published_once() {
        RulebookContent again = TestRulebooks.variant(TestRulebooks.DEFAULT_VERSION, LocalDate.of(2017, 4, 1), 6);
        fixture.givenNoPriorActivity()
                .when(new PublishRulebookVersion(again, "admin-1", NOW))
                .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.RULEBOOK_VERSION_EXISTS))
                .expectNoEvents();
    }
}
