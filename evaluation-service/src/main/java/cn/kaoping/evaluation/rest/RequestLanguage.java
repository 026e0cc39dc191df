package cn.kaoping.evaluation.rest;

import cn.kaoping.web.problem.ProblemMessages;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * The language of the texts of an answer: Chinese by default, English for {@code Accept-Language: en} (the same rule
 * as the platform's problem messages, {@link ProblemMessages#localeFor}).
 */
@RequestScoped
@Unremovable // looked up by CaseFileDetail, not injected
public class RequestLanguage {

    private final RoutingContext request;

    RequestLanguage(RoutingContext request) {
        this.request = request;
    }

    public boolean english() {
        return ProblemMessages.ENGLISH.equals(
                ProblemMessages.localeFor(request.request().getHeader("Accept-Language")));
    }

    /** The current request's choice; Chinese outside a request. */
    public static boolean englishForCurrentRequest() {
        return Arc.container().requestContext().isActive()
                && Arc.container().instance(RequestLanguage.class).get().english();
    }
}
