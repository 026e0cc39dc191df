package cn.kaoping.evaluation.domain;

/** The command is out of order for the aggregate's state, or too late (409). */
public final class StateConflictException extends DomainException {

    public StateConflictException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
