package dev.rebound.problem;

import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {}

    public static Response.ResponseBuilder builder(Problem problem) {
        Response.ResponseBuilder builder =
                Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
        return builder;
    }

    public static Response of(Problem problem) {
        return builder(problem).build();
    }
}
