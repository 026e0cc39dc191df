package cn.kaoping.contracts.evaluation;

/** Penalties of the process itself (E3); they are not findings of a dimension. */
public enum ProcessPenaltyCode {
    /** 超期送评: submitted after the submission deadline. */
    LATE,
    /** 不送评: not submitted by the submission deadline. */
    MISSING,
    /** 法制员未先期考评: submitted without the unit legal officer's pre-review. */
    NO_PREREVIEW
}
