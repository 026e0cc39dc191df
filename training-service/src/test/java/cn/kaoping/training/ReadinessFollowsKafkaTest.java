package cn.kaoping.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import cn.kaoping.servers.Infrastructure;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Operators route traffic by readiness: it must say DOWN while Kafka is away and UP once it is back. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class ReadinessFollowsKafkaTest {

    @Test
    void readiness_turns_down_while_kafka_is_away_and_up_when_it_returns() {
        assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null, "an external broker cannot be stopped by the test");
        assertThat(readiness()).isEqualTo(200);

        Infrastructure.shared().killKafka();
        try {
            assertThat(awaitReadiness(503, Duration.ofSeconds(30))).isEqualTo(503);
        } finally {
            Infrastructure.shared().startKafka();
        }
        assertThat(awaitReadiness(200, Duration.ofSeconds(60))).isEqualTo(200);
    }

    private static int awaitReadiness(int wanted, Duration within) {
        return await("readiness " + wanted).atMost(within).pollInterval(Duration.ofMillis(500))
                .until(ReadinessFollowsKafkaTest::readiness, status -> status == wanted);
    }

    private static int readiness() {
        return given().when().get("/q/health/ready").then().extract().statusCode();
    }
}
