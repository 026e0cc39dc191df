package cn.kaoping.evaluation.domain;

/** The actor may not do this to this aggregate, whatever his roles (403). */
public final class ActionNotPermittedException extends DomainException {

    public ActionNotPermittedException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
