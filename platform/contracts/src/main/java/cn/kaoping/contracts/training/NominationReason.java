package cn.kaoping.contracts.training;

/** Why an officer was nominated as lagging (后进民警, T3). */
public enum NominationReason {
    /** 红牌: red-carded in a published monthly list (rulebook laggingOnRedCard). */
    RED_CARD,
    /** At least laggingProblemFilesPerQuarter problem files evaluated in one calendar quarter. */
    PROBLEM_FILES
}
