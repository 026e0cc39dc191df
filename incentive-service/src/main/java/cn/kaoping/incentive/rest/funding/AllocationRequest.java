package cn.kaoping.incentive.rest.funding;

import cn.kaoping.web.request.Limits;
import jakarta.validation.constraints.Size;

/** A new allocation: the period and the pool in yuan as a string ("120000.00"). */
public record AllocationRequest(@Size(max = Limits.CODE) String period, @Size(max = Limits.CODE) String pool) {
}
