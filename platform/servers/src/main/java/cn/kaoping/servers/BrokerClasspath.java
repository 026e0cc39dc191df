package cn.kaoping.servers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The classpath of the Kafka broker child JVM.
 *
 * <p>First choice: the list Maven wrote into this jar at build time (kafka_2.13 with its runtime dependencies
 * and the log4j SLF4J provider), so the broker runs the same under Surefire, inside a Quarkus test (whose
 * classpath carries Quarkus' own SLF4J provider) and from the launcher. It can be overridden by the system
 * property {@value #OVERRIDE}. When some listed file is missing (the jar was built on another machine), the
 * parent's classpath is used: Surefire's real one ({@code surefire.test.class.path}) or
 * {@code java.class.path}, without other SLF4J providers.
 */
final class BrokerClasspath {

    static final String OVERRIDE = "kaoping.kafka.classpath";
    private static final String RESOURCE = "kafka-broker.classpath";
    private static final Pattern FOREIGN_SLF4J_PROVIDERS =
            Pattern.compile(".*(slf4j-jboss-logmanager|logback-classic|slf4j-simple|slf4j-reload4j|slf4j-nop|slf4j-jdk14).*");

    private BrokerClasspath() {
    }

    static String resolve() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return withTestkit(override);
        }
        String built = builtList();
        if (built != null) {
            return withTestkit(built);
        }
        String parent = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = new ArrayList<>();
        for (String entry : parent.split(Pattern.quote(File.pathSeparator))) {
            if (!entry.isBlank() && !FOREIGN_SLF4J_PROVIDERS.matcher(entry).matches()) {
                kept.add(entry);
            }
        }
        return withTestkit(String.join(File.pathSeparator, kept));
    }

    /** The list written at build time, or null when absent or no longer true on this machine. */
    private static String builtList() {
        try (InputStream in = BrokerClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean allPresent = !list.isEmpty() && Arrays.stream(list.split(Pattern.quote(File.pathSeparator)))
                    .allMatch(p -> Files.exists(Path.of(p)));
            return allPresent ? list : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker is started through {@link ExitWhenParentDies}, a class of this jar. */
    private static String withTestkit(String classpath) {
        return serversLocation() + File.pathSeparator + classpath;
    }

    static String serversLocation() {
        try {
            return Path.of(ExitWhenParentDies.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot locate the kaoping-servers classes", e);
        }
    }
}
