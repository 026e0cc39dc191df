package cn.kaoping.supervision.tracking.acting;

/** What people do on a tracking item (S1). */
public enum ActionType {
    /** 反馈: the unit's legal officer reports what was done. */
    FEEDBACK,
    /** 催办: the brigade reminds the unit. */
    REMIND,
    /** 延期: a later due date, asked before the due date. */
    EXTEND,
    /** 销号: resolved by hand. */
    RESOLVE,
    /** 重新督办: a resolved item is opened again. */
    REOPEN
}
