package cn.kaoping.runtime.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the HTTP metrics to a bounded set of series: an answer that matched no route template (a wrong method on any
 * path, which Quarkus would label with the raw path) is labelled {@code UNMATCHED}, so that nobody can grow the
 * service's memory by sending requests to made-up paths. (Unknown paths are already {@code NOT_FOUND}.)
 */
@ApplicationScoped
public class BoundedHttpMetrics {

    static final String UNMATCHED = "UNMATCHED";

    @Produces
    @Singleton
    MeterFilter unmatchedPathsShareOneLabel() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                String status = id.getTag("status");
                String uri = id.getTag("uri");
                if (uri == null || status == null || !status.equals("405")) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", UNMATCHED) : tag)
                        .collect(Collectors.toList());
                return id.replaceTags(tags);
            }
        };
    }
}
