package cn.kaoping.incentive.scheme;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Writes a decided scheme version (for the publishing use case). */
public final class SchemeStore {

    private SchemeStore() {
    }

    public static void insert(Handle h, Scheme scheme, String actorId, Instant at) {
        Schemes.insert(h, scheme, actorId, at);
    }
}
