package cn.kaoping.web.http;

import cn.kaoping.web.problem.ProblemMessages;
import cn.kaoping.web.problem.ProblemResponses;
import cn.kaoping.web.problem.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A NUL character (U+0000, {@code %00}) in a path or a query parameter is refused with 400 before anything reads
 * it: PostgreSQL cannot store or compare it, and no id, month or name of ours contains one. Bodies are checked by
 * {@link cn.kaoping.web.json.StrictJson}.
 */
public class NoNulInRequests {

    private final ProblemResponses responses;

    @Inject
    public NoNulInRequests(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (raw.toLowerCase(Locale.ROOT).contains("%00") || raw.indexOf('\u0000') >= 0) {
            Locale locale = ProblemMessages.localeFor(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return responses.of(responses.problems().of(ValidationException.field("uri", "request.nul"), locale), locale);
        }
        return null;
    }
}
