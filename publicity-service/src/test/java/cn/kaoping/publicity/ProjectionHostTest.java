package cn.kaoping.publicity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.kaoping.publicity.support.Applied;
import cn.kaoping.publicity.support.Tokens;
import cn.kaoping.testkit.ProjectionHostContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;

/**
 * The kit's guarantees of a hosted projection (directory within seconds, redelivery once, readiness and status,
 * rebuild, every type handled or ignored). The servers come from the module-wide {@code PublicityTestResource}.
 */
@QuarkusTest
class ProjectionHostTest extends ProjectionHostContract {

    /** A rebuild replays the whole topic: let it catch up before the next test reads what the projection holds. */
    @AfterEach
    void caughtUp() {
        await("no lag").atMost(Applied.WITHIN.multipliedBy(3)).until(() -> given().header("Authorization", Tokens.admin())
                .get("/api/v1/projections").jsonPath().getLong("lag") == 0);
    }
}
