package cn.kaoping.web.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.web.probe.TestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** In a running service: off unless configured, and other {@code kaoping.*} settings live beside it. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class ExitWithParentConfigTest {

    @Inject
    ParentProcessConfig config;

    @Test
    void a_service_outlives_its_standard_input_unless_told_otherwise() {
        assertThat(config.enabled()).isFalse();
    }
}
