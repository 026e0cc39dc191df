package cn.kaoping.incentive.funding.approving;

import cn.kaoping.contracts.Actor;
import java.time.Instant;

/** LEADERSHIP approves (freezes) an allocation (I2). */
public record ApproveAllocation(String allocationId, Actor actor, Instant at) {
}
