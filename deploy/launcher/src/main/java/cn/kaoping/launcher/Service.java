package cn.kaoping.launcher;

import cn.kaoping.contracts.Topics;

import java.nio.file.Path;
import java.util.List;

/** One of the five services: its module folder, database, topic and port (base port + offset). */
record Service(String name, int portOffset) {

    static final List<Service> ALL = List.of(
            new Service("evaluation", 0),
            new Service("publicity", 1),
            new Service("training", 2),
            new Service("incentive", 3),
            new Service("supervision", 4));

    String module() {
        return name + "-service";
    }

    String database() {
        return name;
    }

    String topic() {
        return Topics.eventsOf(name);
    }

    int port(int basePort) {
        return basePort + portOffset;
    }

    Path runnableJar(Path repository) {
        return repository.resolve(module()).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    static Service named(String name) {
        String n = name.trim().replace("-service", "");
        return ALL.stream().filter(s -> s.name.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name + "; known: "
                        + ALL.stream().map(Service::name).toList()));
    }
}
