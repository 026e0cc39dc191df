package cn.kaoping.evaluation.domain;

/**
 * Stable machine codes of evaluation-service's refusals (the {@code code} of a problem+json answer; the message
 * key is {@code error.<CODE>}). Thrown as a {@link cn.kaoping.domain.DomainException}, whose kind (invalid input,
 * state conflict, not permitted, unavailable) the groups below follow. Never rename a constant: clients rely on it.
 */
public enum ErrorCode implements cn.kaoping.domain.ErrorCode {
    // invalid input (400): the request is wrong whatever the state
    /** a field is missing or blank; args: none */
    REQUIRED,
    /** args: item code */
    UNKNOWN_RULEBOOK_ITEM,
    /** args: points */
    NEGATIVE_POINTS,
    /** args: points, the item's maximum */
    POINTS_ABOVE_MAXIMUM,
    /** more than one decimal place; args: points */
    POINTS_TOO_PRECISE,
    /** args: item code */
    NOTE_REQUIRED,
    /** an item that is not "per occurrence" named twice on one card; args: item code */
    ITEM_ALREADY_RECORDED,
    /** args: closedOn, today */
    CLOSED_ON_IN_FUTURE,
    /** args: officer id */
    PRIMARY_OFFICER_AMONG_CO_HANDLERS,
    /** args: officer id */
    DUPLICATE_CO_HANDLER,
    /** args: closedOn */
    NO_RULEBOOK_IN_FORCE,
    /** round one has no earlier findings to mark rectified or unrectified; args: none */
    NOTHING_TO_MARK_IN_ROUND_ONE,
    /** a round-one finding was not marked rectified or unrectified; args: finding id */
    FINDING_NOT_MARKED,
    /** a finding was marked both rectified and unrectified; args: finding id */
    FINDING_MARKED_TWICE,
    /** not a (withdrawable / markable) finding of this card; args: finding id */
    UNKNOWN_FINDING,
    /** an upheld objection must name the findings it withdraws; args: none */
    WITHDRAWAL_REQUIRED,
    /** a rejected objection withdraws nothing; args: none */
    WITHDRAWAL_ON_REJECTION,
    /** checked on the read model before a command is sent; args: unit id */
    UNKNOWN_UNIT,
    /** checked on the read model before a command is sent; args: officer id */
    UNKNOWN_OFFICER,
    /** the primary officer of a file belongs to the file's unit; args: officer id, unit id */
    OFFICER_NOT_OF_UNIT,
    /** a file names a deactivated officer as primary officer or co-handler; args: officer id, deactivatedOn */
    HANDLING_OFFICER_DEACTIVATED,
    /** a transfer names the unit the officer already belongs to; args: unit id */
    TRANSFER_TO_SAME_UNIT,
    /** a transfer or deactivation is recorded when it happens, not ahead; args: effectiveOn, today */
    EFFECTIVE_ON_IN_FUTURE,

    // rulebook validation (400 on publication)
    /** args: sum of weights */
    WEIGHTS_NOT_100,
    /** args: code */
    DUPLICATE_CODE,
    /** args: dimension code */
    UNKNOWN_DIMENSION,
    /** args: default points, maximum points */
    DEFAULT_ABOVE_MAXIMUM,
    /** args: value */
    NOT_POSITIVE,
    /** args: value */
    NOT_A_PERIOD,
    /** args: process penalty code */
    PROCESS_PENALTY_MISSING,
    /** args: value, lower bound, upper bound */
    OUT_OF_RANGE,
    /** the rulebook is invalid; field errors say why; args: version id */
    RULEBOOK_INVALID,
    /** args: version id */
    RULEBOOK_VERSION_EXISTS,
    /** a case number is unique in the bureau (read model, guarded by a unique constraint); args: case number */
    DUPLICATE_CASE_NUMBER,
    /** args: unit code */
    DUPLICATE_UNIT_CODE,
    /** args: police number */
    DUPLICATE_POLICE_NUMBER,

    // state conflicts (409): the request is fine but not now, or not any more
    /** pre-review or submission of a file already submitted; args: state */
    CASE_FILE_ALREADY_SUBMITTED,
    /** review before submission; args: state */
    CASE_FILE_NOT_SUBMITTED,
    /** round one reviewed: the file must be resubmitted before round two; args: none */
    CASE_FILE_NOT_RESUBMITTED,
    /** args: none */
    CASE_FILE_CLOSED,
    /** args: rectificationDueOn */
    RECTIFICATION_DEADLINE_PASSED,
    /** no card yet; args: none */
    CASE_FILE_NOT_REVIEWED,
    /** args: objectionDueOn */
    OBJECTION_PERIOD_OVER,
    /** args: card round */
    OBJECTION_ALREADY_RAISED,
    /** args: card round of the pending objection */
    OBJECTION_PENDING,
    /** args: none */
    NO_PENDING_OBJECTION,
    /** a deactivated officer is not updated, transferred or deactivated again; args: officer id, deactivatedOn */
    OFFICER_DEACTIVATED,

    // not permitted (403): the actor may not do this to this file
    /** args: unit id */
    REVIEWER_OF_OWN_UNIT,
    /** args: actor id */
    OBJECTION_NOT_BY_HANDLING_OFFICER,

    // not found (404)
    /** no parked deadline has this id ({@code <caseFileId>:<kind>}); args: id */
    DEADLINE_NOT_PARKED,

    // unavailable (503): the service lacks data it needs
    /** the rulebook version of a file is not (yet) in the catalog; args: version id */
    RULEBOOK_VERSION_UNAVAILABLE
}
