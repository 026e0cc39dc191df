package cn.kaoping.web.problem;

import cn.kaoping.domain.DomainException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of a Kaoping REST endpoint becomes an {@code application/problem+json} answer (API.md).
 * Mappers declared here win over Quarkus' built-in ones (priority {@code USER} against {@code USER + 100}).
 * A service maps its own exceptions (e.g. Axon's concurrency failure) with a mapper of its own that
 * calls {@link ProblemResponses}, or by throwing a {@link ProblemException}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Long enough for a PostgreSQL restart, short enough that a portal's retry is not noticed as an outage. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemResponses responses;

    @Inject
    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        return responses.of(e, headers);
    }

    /** A refusal of business code (the one error model of every service: see {@link DomainProblem}). */
    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers) {
        return responses.of(DomainProblem.of(e), headers);
    }

    /** Bean Validation of a request: 400 with one error per field. A return value that fails is our bug: 500. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v ->
                StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                        .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, headers);
        }
        Locale locale = responses.localeOf(headers);
        return responses.of(responses.problems().ofViolations(e.getConstraintViolations(), locale), locale);
    }

    /** A body value that does not fit its field (a text for a number, an unknown enum constant). */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        Locale locale = responses.localeOf(headers);
        return responses.of(responses.problems().malformedJson(e, locale), locale);
    }

    /**
     * A body that breaks the rules of its JSON as it is read: a field given twice, a definition Jackson cannot apply
     * to it. (The same exception while writing an answer is our bug: 500.)
     */
    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers) {
        if (e.getProcessor() instanceof JsonGenerator) {
            return unexpected(e, headers);
        }
        Locale locale = responses.localeOf(headers);
        return responses.of(responses.problems().malformedJson(e, locale), locale);
    }

    @ServerExceptionMapper
    public Response jsonParse(StreamReadException e, HttpHeaders headers) {
        Locale locale = responses.localeOf(headers);
        return responses.of(responses.problems().malformedJson(e, locale), locale);
    }

    /**
     * JAX-RS errors: unknown path (404), wrong method (405), media types (406, 415), and the 400 of a body
     * that is not JSON at all. An answer that already has a body is left as it is.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400 || original.hasEntity()) {
            return original;
        }
        Locale locale = responses.localeOf(headers);
        Problem problem = status == 400 && causedBy(e, JsonProcessingException.class)
                ? responses.problems().malformedJson(e, locale)
                : responses.problems().ofStatus(status, Problems.codeOf(status), locale);
        Response.ResponseBuilder response = responses.builder(problem, locale);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    /** No token, or none valid, where one is required. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers) {
        return responses.of(new UnauthenticatedException(), headers);
    }

    /** A valid token whose roles do not allow the endpoint ({@code @RolesAllowed}). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return responses.of(new AccessDeniedException(), headers);
    }

    /**
     * Anything else is a bug: log it with an incident id, answer 500 with that id and nothing internal. Except the
     * database being away (a restart, a failover): that is 503 with {@code Retry-After}, logged without a stack,
     * since nothing is wrong with the request or the code and the portal may simply try again.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable, answering 503: %s", e.toString());
            Locale locale = responses.localeOf(headers);
            Problem problem = responses.problems().ofStatus(503, Problems.codeOf(503), locale);
            return responses.builder(problem, locale).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incidentId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incidentId);
        Locale locale = responses.localeOf(headers);
        return responses.of(responses.problems().unexpected(incidentId, locale), locale);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
