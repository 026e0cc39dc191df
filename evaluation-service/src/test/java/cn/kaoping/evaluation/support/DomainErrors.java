package cn.kaoping.evaluation.support;

import cn.kaoping.evaluation.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.FieldError;
import cn.kaoping.evaluation.domain.InvalidInputException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers of domain errors, for {@code expectException(...)} of the Axon fixture. */
public final class DomainErrors {

    private DomainErrors() {
    }

    /** A domain error of this kind and code. */
    public static Matcher<Throwable> domainError(Class<? extends DomainException> kind, ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return kind.isInstance(actual) && ((DomainException) actual).code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind.getSimpleName() + " with code " + code);
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description description) {
                description.appendText("was " + actual);
            }
        };
    }

    /** An invalid-input error that names this field with this code (among others maybe). */
    public static Matcher<Throwable> fieldError(String field, ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof InvalidInputException invalid
                        && invalid.errors().stream().anyMatch(e -> e.field().equals(field) && e.code() == code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input with " + new FieldError(field, code, null));
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description description) {
                description.appendText("was " + actual);
            }
        };
    }
}
