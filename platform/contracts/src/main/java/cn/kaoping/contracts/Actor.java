package cn.kaoping.contracts;

import java.util.List;
import java.util.Objects;

/**
 * Who caused an event: the officer from the JWT ({@code sub}, name, {@code groups}), or the system
 * (a deadline fired by the scheduler).
 */
public record Actor(String id, String name, List<String> roles) {

    /** Role carried by actions of the system itself (deadline scheduler, migrations). */
    public static final String SYSTEM_ROLE = "SYSTEM";

    public Actor {
        Objects.requireNonNull(id, "actor id");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The system acting on its own, e.g. {@code Actor.system("deadline-scheduler")}. */
    public static Actor system(String component) {
        return new Actor("system:" + component, component, List.of(SYSTEM_ROLE));
    }
}
