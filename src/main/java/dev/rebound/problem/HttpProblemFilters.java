package dev.rebound.problem;

import dev.rebound.contract.AllowedMethods;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.ByteArrayInputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP-level rules that JAX-RS leaves open: a body must say what it is, OPTIONS tells the same methods
 * as a 405 does.
 */
public class HttpProblemFilters {

    private final AllowedMethods allowedMethods;

    public HttpProblemFilters(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    /**
     * Checks a request body's headers before JAX-RS reads it: too large is a 413 problem (the HTTP
     * layer's own limit answers with an empty body), and a body without Content-Type is a 415, which
     * JAX-RS would otherwise let through to any {@code @Consumes}. A body without a declared length
     * has been read, within the limit, by {@link StreamedBodies} and is handed on from there.
     */
    @ServerRequestFilter(preMatching = true)
    public void checkBodyHeaders(ContainerRequestContext request, RoutingContext routing) {
        Buffer streamed = StreamedBodies.take(routing);
        if (streamed != null) {
            request.setEntityStream(new ByteArrayInputStream(streamed.getBytes()));
        }
        String length = request.getHeaderString("Content-Length");
        boolean chunked =
                request.getHeaderString("Transfer-Encoding") != null || (streamed != null && streamed.length() > 0);
        boolean hasBody = chunked || (length != null && !length.isBlank() && !"0".equals(length.trim()));
        if (length != null && length.trim().matches("[0-9]{1,18}") && Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        String contentType = request.getHeaderString("Content-Type");
        if (hasBody && (contentType == null || contentType.isBlank())) {
            throw new NotSupportedException();
        }
    }

    /** The largest body any operation takes; rejections are small, anything larger is a mistake or abuse. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    static final String TOO_LARGE_DETAIL = "The request body is larger than the 256 KiB this service accepts.";

    public static ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, TOO_LARGE_DETAIL);
    }

    @ServerResponseFilter
    public void allowFromContract(ContainerRequestContext request, ContainerResponseContext response) {
        if ("OPTIONS".equals(request.getMethod()) && response.getHeaders().containsKey("Allow")) {
            String allow = allowedMethods.forPath(request.getUriInfo().getPath());
            if (allow != null) {
                response.getHeaders().putSingle("Allow", allow);
            }
        }
    }
}
