package cn.kaoping.incentive;

/**
 * Stable machine codes of incentive-service's refusals (the {@code code} of a problem+json answer; the message key
 * is {@code error.<CODE>} of {@code problems_*.properties}). Never rename a constant: clients rely on it.
 */
public enum IncentiveError implements cn.kaoping.domain.ErrorCode {
    // invalid input (400)
    /** the body is not JSON of the expected shape; args: what the parser said */
    MALFORMED_BODY,
    /** a field is missing or blank */
    REQUIRED,
    /** args: the period as given */
    INVALID_PERIOD,
    /** args: the pool as given */
    INVALID_POOL,
    /** a scheme holds errors (listed); args: version id */
    SCHEME_INVALID,
    /** a field the scheme format does not know; args: field path */
    UNKNOWN_FIELD,
    /** an indicator the national rules ban (公安机关执法质量考核评议规定); args: the indicator */
    FORBIDDEN_INDICATOR,
    /** args: the indicator, the allowed ones */
    UNKNOWN_INDICATOR,
    /** args: the indicator */
    INDICATOR_REPEATED,
    /** args: the field, the indicator */
    FIELD_NOT_FOR_INDICATOR,
    /** args: the key, the allowed keys */
    UNKNOWN_KEY,
    /** args: the missing key */
    MISSING_KEY,
    /** args: the value */
    NEGATIVE_VALUE,
    /** args: the value */
    VETO_MUST_NOT_EARN,
    /** the quality coefficients must fall from 优秀 to 不合格 */
    COEFFICIENTS_NOT_ORDERED,
    /** args: the value */
    VALUE_TOO_PRECISE,
    /** args: the value */
    VALUE_OUT_OF_RANGE,
    /** args: the share */
    SHARE_OUT_OF_RANGE,
    /** args: the version id */
    BAD_VERSION_ID,
    /** args: the period kind */
    UNKNOWN_PERIOD_KIND,

    // state conflict (409)
    /** args: version id */
    SCHEME_VERSION_EXISTS,
    /** args: date, the version that has it */
    SCHEME_EFFECTIVE_DATE_TAKEN,
    /** args: period */
    NO_POINTS,
    /** args: allocation id, its version */
    ALLOCATION_ALREADY_APPROVED,

    // not found (404)
    /** args: allocation id */
    ALLOCATION_NOT_FOUND,
    /** args: version id */
    SCHEME_NOT_FOUND,
    /** args: period */
    NO_SCHEME_IN_FORCE
}
