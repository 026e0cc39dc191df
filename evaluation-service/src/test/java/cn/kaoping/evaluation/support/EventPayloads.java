package cn.kaoping.evaluation.support;

import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Lets AssertJ check the events a command applied, for {@code expectEventsMatching(...)} of the Axon
 * fixture: the payloads in order are handed to the assertions; a failed assertion is the mismatch.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static Matcher<List<EventMessage<?>>> payloadsSatisfy(Consumer<List<Object>> assertions) {
        return new TypeSafeMatcher<>() {
            private String failure = "";

            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                try {
                    assertions.accept(events.stream().map(m -> (Object) m.getPayload()).toList());
                    return true;
                } catch (AssertionError e) {
                    failure = e.getMessage();
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events satisfying the assertions");
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description description) {
                description.appendText(failure);
            }
        };
    }

    /** The single event of a type among the payloads (fails when there is none or several). */
    public static <T> T only(Class<T> type, List<Object> payloads) {
        List<T> matching = payloads.stream().filter(type::isInstance).map(type::cast).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " among " + payloads);
        }
        return matching.get(0);
    }
}
