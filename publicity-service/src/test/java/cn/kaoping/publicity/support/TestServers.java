package cn.kaoping.publicity.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Holds the one test-resource declaration of the module: it applies to every {@code @QuarkusTest} (not
 * restricted to this class), so all test classes run against the same application instance.
 */
@QuarkusTestResource(PublicityTestResource.class)
public final class TestServers {

    private TestServers() {
    }
}
