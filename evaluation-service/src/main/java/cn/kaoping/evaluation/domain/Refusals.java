package cn.kaoping.evaluation.domain;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.domain.RefusalKind;
import java.util.List;

/**
 * The two refusals of this service that {@link DomainException}'s own factories do not spell in one call. Both
 * are plain {@code DomainException}s, mapped like every other.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * 400 for every field at fault: the code is the first error's; without arguments of its own, so that the
     * answer's detail is that error's message when it is the only one, and "n fields are invalid" otherwise.
     */
    public static DomainException invalid(List<FieldError> errors) {
        return DomainException.invalid(errors.get(0).code(), errors);
    }

    /** 503: the rulebook version a file is scored under is not in the catalog (yet); retry later. */
    public static DomainException rulebookUnavailable(String versionId) {
        return new DomainException(RefusalKind.UNAVAILABLE, ErrorCode.RULEBOOK_VERSION_UNAVAILABLE, versionId);
    }
}
