package dev.rebound.problem;

import dev.rebound.config.ReboundSettings;
import dev.rebound.contract.AllowedMethods;
import dev.rebound.http.ClientAborts;
import dev.rebound.http.ServedPaths;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a problem+json response. Client errors say what went wrong in plain words;
 * unexpected errors say nothing about internals and are logged under the problem's instance id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;
    private final String resourceMetadata;

    public ProblemMappers(AllowedMethods allowedMethods, ReboundSettings settings) {
        this.allowedMethods = allowedMethods;
        this.resourceMetadata =
                "resource_metadata=\"" + settings.publicUrl(ServedPaths.PROTECTED_RESOURCE_METADATA) + "\"";
    }

    @ServerExceptionMapper
    public Response problem(ProblemException exception) {
        Response.ResponseBuilder builder = ProblemResponses.builder(exception.toProblem());
        if (exception.type() == ProblemType.REQUEST_IN_PROGRESS) {
            builder.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response missingCredentials(UnauthorizedException exception, UriInfo uri) {
        return ProblemResponses.builder(Problem.of(
                        ProblemType.UNAUTHORIZED,
                        "This operation needs a bearer token: send 'Authorization: Bearer <JWT>'."))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge(uri, null))
                .build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, AuthenticationCompletionException.class})
    public Response invalidCredentials(RuntimeException exception, UriInfo uri) {
        return ProblemResponses.builder(Problem.of(
                        ProblemType.UNAUTHORIZED,
                        "The bearer token is not valid: it may be expired, malformed, signed by an untrusted key, "
                                + "from another issuer, or without a subject (sub)."))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge(uri, "error=\"invalid_token\""))
                .build();
    }

    /**
     * The Bearer challenge (RFC 6750), with the protected resource metadata (RFC 9728) for MCP clients, which
     * look for it there to learn where to get a token.
     */
    private String challenge(UriInfo uri, String error) {
        List<String> parameters = new ArrayList<>();
        if (error != null) {
            parameters.add(error);
        }
        // The MCP server's 401s say where to get a token, as the MCP authorization spec asks.
        if (ServedPaths.isMcp(uri.getPath())) {
            parameters.add(resourceMetadata);
        }
        return parameters.isEmpty() ? "Bearer" : "Bearer " + String.join(", ", parameters);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN, "You may not perform this operation."));
    }

    /**
     * Quarkus REST answers "not found" when a path's methods live in a resource class other than the one
     * it matched (POST on .../feedback falls to the records resource); the contract knows better.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException exception, UriInfo uri, Request request) {
        String allow = allowedMethods.forPath(uri.getPath());
        if (allow != null && !List.of(allow.split(", ")).contains(request.getMethod())) {
            return methodNotAllowed(uri);
        }
        return ProblemResponses.of(Problem.of(ProblemType.NOT_FOUND, "There is nothing at this path."));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException exception, UriInfo uri) {
        return methodNotAllowed(uri);
    }

    private Response methodNotAllowed(UriInfo uri) {
        String allow = allowedMethods.forPath(uri.getPath());
        Response.ResponseBuilder builder = ProblemResponses.builder(Problem.of(
                ProblemType.METHOD_NOT_ALLOWED,
                allow == null
                        ? "This path does not support that HTTP method."
                        : "This path does not support that HTTP method; it supports " + allow + "."));
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException exception) {
        return ProblemResponses.of(Problem.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This operation does not accept that Content-Type; see the API contract for the media type it takes."));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException exception) {
        return ProblemResponses.of(
                Problem.of(
                        ProblemType.NOT_ACCEPTABLE,
                        "This operation cannot answer in any media type the Accept header allows; it answers application/json."));
    }

    /** A concurrent change won a race that row locks did not cover; the client can simply retry. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response conflict(RuntimeException exception) {
        return ProblemResponses.builder(concurrentChange())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .build();
    }

    /** The problem of a change that lost a race with another; also a tool error of the MCP server. */
    public static Problem concurrentChange() {
        return Problem.of(
                ProblemType.CONFLICT,
                "The record was changed by another request at the same time. Read it again and retry.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception);
        }
        ProblemType type = ProblemType.forStatus(status);
        return ProblemResponses.of(new Problem(
                type.uri(),
                type.title(),
                status,
                "The request could not be processed.",
                Problem.currentInstance(),
                List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception) {
        if (DatabaseOutage.isTimeout(exception)) {
            return unavailable(
                    exception,
                    "The request took longer than the service allows and was stopped. Nothing was changed; retry in a"
                            + " moment.",
                    "Statement cancelled by the time limit",
                    5);
        }
        if (DatabaseOutage.isContention(exception)) {
            return unavailable(
                    exception,
                    "The request collided with another one at the same moment. Nothing was changed; retry it.",
                    "Deadlock or serialization failure",
                    1);
        }
        if (DatabaseOutage.isCause(exception)) {
            return unavailable(
                    exception,
                    "The service cannot reach its database right now. Nothing was changed; retry in a few seconds.",
                    "Database unavailable",
                    5);
        }
        Problem problem = Problem.of(
                ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Quote the instance id if you report it.");
        if (ClientAborts.isCause(exception)) {
            // Nobody is left to read the answer.
            LOG.debugf("The client went away before its answer was written %s: %s", problem.instance(), exception);
            return ProblemResponses.of(problem);
        }
        LOG.errorf(exception, "Unexpected error %s", problem.instance());
        return ProblemResponses.of(problem);
    }

    /** A 503 for a database that failed the request without changing anything, with when to retry. */
    private static Response unavailable(Throwable exception, String detail, String logged, int retryAfterSeconds) {
        Problem problem = Problem.of(ProblemType.SERVICE_UNAVAILABLE, detail);
        LOG.warnf("%s %s: %s", logged, problem.instance(), exception.getMessage());
        return ProblemResponses.builder(problem)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                .build();
    }
}
