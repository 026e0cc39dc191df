package cn.kaoping.contracts.supervision;

/** Why a tracking item was opened; one open item per subject and reason. */
public enum TrackingReason {
    /** 红牌: the officer was red-carded; his problem files are tracked with him. */
    RED_CARD,
    /** 十差: the file is one of a confirmed ten-worst selection. */
    TEN_WORST,
    /** 拒不整改: the file's rectification deadline passed without resubmission. */
    REFUSED_RECTIFICATION,
    /** Opened by hand by the brigade. */
    MANUAL
}
