package cn.kaoping.domain;

/** What kind of refusal a {@link DomainException} is; the web layer chooses the HTTP status from it. */
public enum RefusalKind {
    /** the request is wrong whatever the state (400) */
    INVALID_INPUT,
    /** the request does not fit the current state (409) */
    STATE_CONFLICT,
    /** this caller may not do this (403) */
    NOT_PERMITTED,
    /** the thing named does not exist, or the caller may not know it does (404) */
    NOT_FOUND,
    /** something the decision needs is not there yet (503) */
    UNAVAILABLE
}
