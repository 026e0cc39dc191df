package cn.kaoping.incentive.scheme;

import java.time.Instant;

/** A published scheme version with who published it and when. */
public record SchemeVersion(Scheme scheme, String publishedBy, Instant publishedAt) {
}
