package cn.kaoping.supervision;

import cn.kaoping.domain.ErrorCode;

/** The refusals of supervision-service; messages {@code error.<CODE>} in problems_*.properties. */
public enum SupervisionError implements ErrorCode {
    REQUIRED,
    TRACKING_ITEM_NOT_FOUND,
    CASE_FILE_UNKNOWN,
    OFFICER_UNKNOWN,
    KIND_NEEDS_OFFICER,
    KIND_NEEDS_CASE_FILE,
    DUE_ON_IN_PAST,
    ITEM_ALREADY_OPEN,
    ITEM_RESOLVED,
    ITEM_NOT_RESOLVED,
    EXTENSION_NOT_LATER,
    EXTENSION_TOO_LATE,
    ACTION_NOT_ALLOWED,
    CASE_NOT_FOUND,
    PROPOSAL_NOT_FOUND,
    PROPOSAL_OF_OTHER_OFFICER,
    PROPOSAL_TAKEN,
    CASE_NOT_IN_STATE,
    OPINION_ISSUED,
    STATEMENT_PERIOD_OVER,
    NOT_OWN_CASE,
    ALREADY_DECIDED,
    NOT_DECIDED,
    FORMS_REQUIRED,
    FORMS_WHEN_NOT_LIABLE,
    UNKNOWN_FORM,
    GROUNDS_REQUIRED,
    TEXT_TOO_LONG
}
