package cn.kaoping.testkit;

import cn.kaoping.runtime.projection.EnvelopeProjection;
import java.util.stream.Collectors;

/**
 * Fails when a type of a topic the projection consumes is neither handled nor explicitly ignored: a new event
 * type in the contracts then breaks the consumer's build, not its data.
 */
public final class ProjectionCoverage {

    private ProjectionCoverage() {
    }

    public static void assertEveryTypeHandledOrIgnored(EnvelopeProjection projection) {
        var uncovered = projection.uncoveredTypes();
        if (!uncovered.isEmpty()) {
            throw new AssertionError("Projection " + projection.name() + " neither handles nor ignores "
                    + uncovered.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", ")));
        }
    }
}
