package dev.rebound.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Answers with a problem from a Vert.x route, for the checks that run before JAX-RS and its exception mappers. */
public final class RouteProblems {

    private RouteProblems() {}

    /** Ends the exchange with this problem as {@code application/problem+json}; personal or not, never cached. */
    public static void end(RoutingContext context, ObjectMapper mapper, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{}";
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body);
    }
}
