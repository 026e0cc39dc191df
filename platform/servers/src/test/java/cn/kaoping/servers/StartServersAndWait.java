package cn.kaoping.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** A JVM that starts both servers, says their pids, and waits to be killed: see {@link NoProcessSurvivesTest}. */
public final class StartServersAndWait {

    public static void main(String[] args) throws Exception {
        CompletableFuture<KafkaBrokerProcess> kafka = CompletableFuture.supplyAsync(() -> KafkaBrokerProcess.builder().start());
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder().start();
        postgres.createDatabase("orphan_probe");
        // A backend connection held open, so that there is a child of the postmaster serving us.
        var connection = postgres.connect("orphan_probe");
        KafkaBrokerProcess broker = kafka.join();
        Path out = Path.of(args[0]);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, "postgres=" + postgres.postmasterPid() + "\nkafka=" + broker.pid()
                + "\nkafkaDirectory=" + broker.dataDirectory() + "\npostgresDirectory=" + postgres.dataDirectory() + "\n");
        Files.move(tmp, out);
        Thread.sleep(Long.MAX_VALUE);
        connection.close();
    }
}
