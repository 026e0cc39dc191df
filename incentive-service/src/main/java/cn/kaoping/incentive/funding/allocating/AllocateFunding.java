package cn.kaoping.incentive.funding.allocating;

import java.time.Instant;

/** Split a period's pool (yuan as text, at most 2 decimals, positive) across units and officers (I2). */
public record AllocateFunding(String allocationId, String period, String pool, String actorId, Instant at) {
}
