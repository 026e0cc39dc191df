package cn.kaoping.incentive.scheme.publishing;

import cn.kaoping.incentive.scheme.Scheme;
import java.time.Instant;

/** An ADMIN publishes a scheme version (I1). */
public record PublishScheme(Scheme scheme, String actorId, Instant at) {
}
