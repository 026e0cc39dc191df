package cn.kaoping.evaluation.domain;

/** A rulebook version a file was scored under is not in the catalog (yet): retry later (503). */
public final class RulebookUnavailableException extends DomainException {

    public RulebookUnavailableException(String versionId) {
        super(ErrorCode.RULEBOOK_VERSION_UNAVAILABLE, versionId);
    }
}
