package cn.kaoping.web.problem;

import cn.kaoping.contracts.Json;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Turns problems into HTTP answers ({@code application/problem+json}, {@code Content-Language}) in the
 * language of the request's {@code Accept-Language}. Services with a mapper of their own (e.g. for an
 * optimistic-locking conflict) use {@link #of(ProblemException, HttpHeaders)}.
 */
@Singleton
public class ProblemResponses {

    private final Problems problems;

    public ProblemResponses() {
        this(new Problems(ProblemMessages.load()));
    }

    public ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /** The language to answer a request in (Chinese unless English is preferred). */
    public Locale localeOf(HttpHeaders headers) {
        return ProblemMessages.localeFor(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The answer to one of our exceptions. */
    public Response of(ProblemException e, HttpHeaders headers) {
        return of(problems.of(e, localeOf(headers)), localeOf(headers));
    }

    /** The answer carrying a problem. */
    public Response of(Problem problem, Locale locale) {
        return builder(problem, locale).build();
    }

    /** A builder with status, body and headers set, for a caller that adds headers of its own. */
    public Response.ResponseBuilder builder(Problem problem, Locale locale) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(Json.write(problem));
        if (problem.status() == 401) {
            // RFC 6750: tell the client which scheme to use.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }
}
