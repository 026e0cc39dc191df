package cn.kaoping.evaluation.rest.rulebook;

import cn.kaoping.web.problem.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 400 MALFORMED_JSON for a body that is no rulebook, in the platform's words. */
public class MalformedRulebookMapper {

    private final ProblemResponses responses;

    @Inject
    public MalformedRulebookMapper(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response malformed(MalformedRulebookException e, HttpHeaders headers) {
        Locale locale = responses.localeOf(headers);
        return responses.of(responses.problems().malformedJson(e, locale), locale);
    }
}
