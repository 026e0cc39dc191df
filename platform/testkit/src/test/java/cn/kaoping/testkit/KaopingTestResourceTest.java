package cn.kaoping.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.servers.Infrastructure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KaopingTestResourceTest {

    @Test
    void quarkusTestResourceHandsOverTheSharedServers() {
        Infrastructure infra = Infrastructure.shared().start();
        KaopingTestResource resource = new KaopingTestResource();
        resource.init(Map.of("database", "publicity"));

        Map<String, String> config = resource.start();

        assertThat(config)
                .containsEntry("quarkus.datasource.jdbc.url", infra.jdbcUrl("publicity"))
                .containsEntry("quarkus.datasource.username", infra.username())
                .containsEntry("kafka.bootstrap.servers", infra.bootstrapServers())
                .containsEntry("mp.jwt.verify.publickey.location", infra.publicKeyPem().toString())
                .containsEntry("mp.jwt.verify.issuer", "kaoping-dev");
    }
}
