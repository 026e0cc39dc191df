package cn.kaoping.evaluation.rest;

import cn.kaoping.web.problem.ConflictException;
import cn.kaoping.web.problem.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one problem answer of this service's own: two commands on one aggregate at once (the event store let the
 * other one's append win). Everything else, domain refusals included, is answered by platform/web's
 * {@code ProblemMappers}.
 */
public class EvaluationProblemMappers {

    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";

    private final ProblemResponses responses;

    @Inject
    public EvaluationProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper({ConcurrencyException.class, AggregateStreamCreationException.class,
            ConflictingModificationException.class})
    public Response concurrentModification(RuntimeException e, HttpHeaders headers) {
        return responses.of(new ConflictException(CONCURRENT_MODIFICATION, null), headers);
    }
}
