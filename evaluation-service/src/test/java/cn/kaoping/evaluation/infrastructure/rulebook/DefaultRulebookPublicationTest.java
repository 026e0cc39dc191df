package cn.kaoping.evaluation.infrastructure.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** E7: the default rulebook is published at the first start, once, and the catalog knows it. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class DefaultRulebookPublicationTest {

    @Inject
    DefaultRulebookPublication publication;
    @Inject
    RulebookCatalog catalog;
    @Inject
    Db db;

    @Test
    void the_default_rulebook_is_published_once_whatever_the_number_of_starts() {
        EventStoreRows events = new EventStoreRows(db);

        assertThat(publication.publishDefault()).isFalse();
        assertThat(publication.publishDefault()).isFalse();

        assertThat(events.count("""
                select count(*) from domain_event_entry
                 where aggregate_identifier = 'default-v1'
                   and payload_type = 'cn.kaoping.contracts.evaluation.RulebookVersionPublished'""")).isEqualTo(1);
        assertThat(catalog.version("default-v1")).isPresent();
    }
}
