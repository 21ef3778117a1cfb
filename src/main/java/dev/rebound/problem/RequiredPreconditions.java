package dev.rebound.problem;

import dev.rebound.config.ReboundSettings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With {@code rebound.require-if-match=true}, every change to a record or its sub-resources must say which version
 * it changes: {@code If-Match}, or for a create by PUT {@code If-None-Match: *}. Without one the answer is 428
 * (RFC 6585), so that no client overwrites a change it never saw. Creating a record (POST) and erasing
 * everything ({@code DELETE /v1/me}) are exempt. Off by default.
 */
public class RequiredPreconditions {

    private static final Set<String> CHANGES = Set.of("PUT", "PATCH", "DELETE");

    private final boolean required;

    public RequiredPreconditions(ReboundSettings settings) {
        this.required = settings.requireIfMatch();
    }

    /** After matching, so that an unknown path is still a 404 and a wrong method a 405. */
    @ServerRequestFilter
    public void requirePrecondition(ContainerRequestContext request) {
        if (!required
                || !CHANGES.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/v1/rejections/")) {
            return;
        }
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean creates = "PUT".equals(request.getMethod()) && ifNoneMatch != null && "*".equals(ifNoneMatch.strip());
        if ((ifMatch == null || ifMatch.isBlank()) && !creates) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "This service requires If-Match on every"
                            + " change: read what you change, then send its ETag in If-Match"
                            + ("PUT".equals(request.getMethod()) ? " (or If-None-Match: * to create it)" : "") + ".",
                    List.of(new FieldError(HttpHeaders.IF_MATCH, "is required")));
        }
    }
}
