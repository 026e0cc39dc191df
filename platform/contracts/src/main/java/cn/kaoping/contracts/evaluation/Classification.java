package cn.kaoping.contracts.evaluation;

/**
 * The classification of a file from its findings: 执法不严格 if any finding is, else 执法不规范 if it has any
 * finding, else clean. Process penalties never classify.
 */
public enum Classification {
    NOT_STRICT,
    NOT_STANDARDIZED,
    CLEAN
}
