package cn.kaoping.contracts.supervision;

/** What a tracking item (重点跟踪督办) follows. */
public enum TrackingKind {
    /** 重点人: a red-carded officer; resolves when all his key-file items have. */
    KEY_PERSON,
    /** 重点案卷: a problem file, a ten-worst file or a file whose rectification deadline passed. */
    KEY_FILE
}
