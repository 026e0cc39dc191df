package cn.kaoping.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.kaoping.servers.Infrastructure;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
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
        Instant deadline = Instant.now().plus(within);
        int status = readiness();
        while (status != wanted && Instant.now().isBefore(deadline)) {
            sleep();
            status = readiness();
        }
        return status;
    }

    private static int readiness() {
        return given().when().get("/q/health/ready").then().extract().statusCode();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
