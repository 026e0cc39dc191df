package cn.kaoping.publicity;

import cn.kaoping.testkit.OperationalEndpointsContract;
import io.quarkus.test.junit.QuarkusTest;

/** The servers come from the module-wide {@code PublicityTestResource}. */
@QuarkusTest
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected String applicationName() {
        return "publicity-service";
    }
}
