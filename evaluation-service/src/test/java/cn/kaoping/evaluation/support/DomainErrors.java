package cn.kaoping.evaluation.support;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.evaluation.domain.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers of domain refusals, for {@code expectException(...)} of the Axon fixture. */
public final class DomainErrors {

    private DomainErrors() {
    }

    /** A refusal of this kind and code. */
    public static Matcher<Throwable> domainError(RefusalKind kind, ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof DomainException refusal && refusal.kind() == kind && refusal.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind + " refusal with code " + code);
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description description) {
                description.appendText("was " + actual);
            }
        };
    }

    /** A refusal of this kind, whatever its code. */
    public static Matcher<Throwable> domainError(RefusalKind kind) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof DomainException refusal && refusal.kind() == kind;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind + " refusal");
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description description) {
                description.appendText("was " + actual);
            }
        };
    }

    /** An invalid-input refusal that names this field with this code (among others maybe). */
    public static Matcher<Throwable> fieldError(String field, ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof DomainException refusal && refusal.kind() == RefusalKind.INVALID_INPUT
                        && refusal.fieldErrors().stream().anyMatch(e -> e.field().equals(field) && e.code() == code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input with " + FieldError.of(field, code));
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description description) {
                description.appendText("was " + actual);
            }
        };
    }
}
