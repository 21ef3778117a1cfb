package dev.rebound.problem;

import dev.rebound.contract.AllowedMethods;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.io.ByteArrayInputStream;
import lombok.RequiredArgsConstructor;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP-level rules that JAX-RS leaves open: a body must say what it is, OPTIONS tells the same methods
 * as a 405 does.
 */
@RequiredArgsConstructor
public class HttpProblemFilters {

    private final AllowedMethods allowedMethods;

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
        int limit = maxBodyBytes(request.getUriInfo().getPath());
        if (length != null && length.trim().matches("[0-9]{1,18}") && Long.parseLong(length.trim()) > limit) {
            throw tooLarge(limit);
        }
        String contentType = request.getHeaderString("Content-Type");
        if (hasBody && (contentType == null || contentType.isBlank())) {
            throw new NotSupportedException();
        }
    }

    /** The largest body any operation but an import takes; rejections are small, anything larger is a mistake. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    /** The largest file an import takes: a spreadsheet of thousands of rows, or an export with its documents. */
    public static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private static final String IMPORTS_PATH = "/v1/imports";

    static final String TOO_LARGE_DETAIL = "The request body is larger than the 256 KiB this service accepts.";
    static final String IMPORT_TOO_LARGE_DETAIL =
            "The file is larger than the 10 MiB an import accepts. Split it and" + " import each part.";

    /** The largest body a request to this path may carry. */
    static int maxBodyBytes(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return IMPORTS_PATH.equals(trimmed) ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
    }

    public static ProblemException tooLarge() {
        return tooLarge(MAX_BODY_BYTES);
    }

    public static ProblemException tooLarge(int limit) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE, limit == MAX_IMPORT_BYTES ? IMPORT_TOO_LARGE_DETAIL : TOO_LARGE_DETAIL);
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
