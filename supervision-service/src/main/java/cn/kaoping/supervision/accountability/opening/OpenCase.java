package cn.kaoping.supervision.accountability.opening;

import cn.kaoping.contracts.Actor;
import java.time.Instant;

/** Open an accountability case for one officer, from a proposal or by hand (S2). */
public record OpenCase(String newCaseId, String officerId, String proposalId, String reason, Actor actor, Instant at) {
}
