package cn.kaoping.evaluation.rest;

import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.evaluation.support.FailingReadModel;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The event append and every synchronous read model share one JTA transaction: when a read model fails, the
 * events are not in the store, and no other read model kept its rows.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ReadModelTransactionTest {

    @Inject
    Db db;

    @Test
    void a_failing_read_model_rolls_back_the_append_and_the_other_read_models() {
        EventStoreRows events = new EventStoreRows(db);
        String admin = Api.admin();
        String code = "TX-" + unique();
        long before = events.total();

        as(admin).body(Map.of("code", code, "name", FailingReadModel.FAILING_NAME_PREFIX + " 回滚探针"))
                .post("/api/v1/units")
                .then().statusCode(500).body("code", equalTo("INTERNAL_ERROR"));

        assertThat(events.total()).isEqualTo(before);
        assertThat(events.ofTypeContaining("UnitRegistered", "\"" + code + "\"")).isZero();
        assertThat(events.count("select count(*) from units where code = ?", code)).isZero();

        // Nothing was left behind: the code is still free.
        as(admin).body(Map.of("code", code, "name", "回滚后登记")).post("/api/v1/units").then().statusCode(201);
        assertThat(events.total()).isEqualTo(before + 1);
    }
}
