package cn.kaoping.supervision;

import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHostContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "supervision"))
class ProjectionHostTest extends ProjectionHostContract {
}
