package cn.kaoping.contracts.training;

/** The final outcome of a mock-case exam; a pending retake (补考) is not an outcome and is never published. */
public enum ExamOutcome {
    /** 合格: reached the pass mark, at the first attempt or the retake. */
    PASSED,
    /** 不合格: failed the last allowed attempt. */
    FAILED
}
