package cn.kaoping.publicity;

/**
 * Stable machine codes of publicity-service's refusals: the {@code code} of a problem+json answer, the message key
 * {@code error.<CODE>} of {@code problems_*.properties}. Thrown as a {@link cn.kaoping.domain.DomainException}.
 * Never rename a constant: clients rely on it. (A thing that does not exist is answered by the REST layer with the
 * platform's {@code NOT_FOUND}: queries return it empty.)
 */
public enum ErrorCode implements cn.kaoping.domain.ErrorCode {
    // invalid input (400)
    /** the summary code of field errors, as Bean Validation answers them; args: none */
    VALIDATION_FAILED,
    /** a commentary names a file the projection does not know; args: case file id */
    UNKNOWN_CASE_FILE,

    // state conflicts (409)
    /** no case file counts in the month yet; args: month */
    MONTHLY_LIST_EMPTY,
    /** a bulletin draft would name no unit; args: month */
    NO_UNIT_ABOVE_THRESHOLDS,
    /** args: the issue label (2017年第3期) */
    BULLETIN_PUBLISHED,
    /** args: commentary id */
    COMMENTARY_PUBLISHED
}
