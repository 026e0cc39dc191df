package cn.kaoping.runtime.outbox;

import cn.kaoping.domain.ErrorCode;

/** The outbox's refusals (messages {@code error.<CODE>} in the runtime kit's {@code problems_*.properties}). */
public enum OutboxError implements ErrorCode {
    /** The command's event would be larger than Kafka accepts: nothing is decided (400). */
    EVENT_TOO_LARGE
}
