package cn.kaoping.incentive.commendation;

/** One reason an officer is excluded, with the facts as people read them. */
public record Exclusion(ExclusionKind reason, String detail) {
}
