package cn.kaoping.training;

import cn.kaoping.domain.ErrorCode;

/**
 * Stable machine codes of training-service's refusals (the {@code code} of a problem+json answer; message key
 * {@code error.<CODE>}). Never rename a constant: clients rely on it.
 */
public enum TrainingError implements ErrorCode {
    // 400
    /** args: none */
    REQUIRED,
    /** args: value */
    NOT_A_PERIOD,
    /** args: value */
    NOT_A_SELECTION_PERIOD,
    /** args: start, end */
    END_BEFORE_START,
    /** args: officer id */
    UNKNOWN_OFFICER,
    /** args: officer id */
    LISTED_TWICE,
    /** args: case file id */
    FILE_IN_BOTH_LISTS,
    /** args: case file id, period */
    NOT_A_CANDIDATE,
    /** args: count, maximum */
    TOO_MANY_FILES,
    /** args: size, maximum */
    SIZE_OUT_OF_RANGE,
    /** args: none */
    NOTHING_SELECTED,
    /** args: score */
    SCORE_OUT_OF_RANGE,
    /** args: days */
    DAYS_NOT_POSITIVE,
    /** args: days, calendar days */
    DAYS_ABOVE_SPAN,
    /** args: days */
    DAYS_NOT_HALVES,
    /** args: case file id, finding id */
    NOT_A_ROW,
    /** args: value */
    UNKNOWN_KIND,
    /** the sheet has rows that do not parse; field errors name each row; args: count */
    SHEET_INVALID,
    /** args: none */
    SHEET_UNREADABLE,
    /** args: header */
    SHEET_HEADER_MISSING,
    /** args: value */
    SHEET_BAD_DATE,
    /** args: value */
    SHEET_BAD_NUMBER,
    /** args: police number */
    SHEET_UNKNOWN_POLICE_NUMBER,
    /** args: none */
    SHEET_EMPTY,
    /** the upload is larger than an import may be; args: the largest size in MB */
    SHEET_TOO_LARGE,
    /** the sheet has more rows than an import may have; args: the rows, the most allowed */
    SHEET_TOO_MANY_ROWS,
    /** a cell's text is longer than its field may be; args: the most characters allowed */
    SHEET_TEXT_TOO_LONG,
    /** args: officer id */
    OFFICER_NOT_OF_UNIT,

    // 409
    /** args: document number */
    DUPLICATE_DOCUMENT_NUMBER,
    /** args: none */
    MEETING_ALREADY_HELD,
    /** args: none */
    MEETING_NOT_HELD,
    /** args: unit id */
    ALREADY_RELAYED,
    /** args: relay date, meeting date */
    RELAY_BEFORE_MEETING,
    /** args: period, selection id */
    SELECTION_EXISTS,
    /** args: none */
    SELECTION_CONFIRMED,
    /** args: case file id */
    VETO_FILE_AMONG_BEST,
    /** args: case file id */
    NO_DEDUCTION_AMONG_WORST,
    /** args: none */
    ALREADY_EXCUSED,
    /** args: outcome */
    EXAM_FINISHED,

    // 403
    /** args: none */
    NOT_THE_TRAINEE,
    /** args: none */
    NOT_A_LEGAL_OFFICER_OF_UNIT,

    // 404
    /** args: id */
    MEETING_NOT_FOUND,
    /** args: id */
    SELECTION_NOT_FOUND,
    /** args: id */
    NOMINATION_NOT_FOUND,
    /** args: id */
    CLASS_NOT_FOUND,
    /** args: class id, officer id */
    TRAINEE_NOT_FOUND
}
