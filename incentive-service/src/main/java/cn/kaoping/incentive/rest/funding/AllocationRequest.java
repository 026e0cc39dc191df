package cn.kaoping.incentive.rest.funding;

/** A new allocation: the period and the pool in yuan as a string ("120000.00"). */
public record AllocationRequest(String period, String pool) {
}
