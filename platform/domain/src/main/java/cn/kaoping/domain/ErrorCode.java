package cn.kaoping.domain;

/**
 * A stable machine code of a refusal: the {@code code} of the problem+json answer, and the message key
 * {@code error.<CODE>} of the service's {@code problems_*.properties}. Each service lists its codes in an enum
 * that implements this interface; never rename a constant, clients rely on it.
 */
public interface ErrorCode {

    /** The code as clients see it, e.g. {@code DUPLICATE_CASE_NUMBER}. */
    String name();
}
