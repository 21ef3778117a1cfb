package dev.rebound.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * Limits on the request line and the header fields, answered as problems. The HTTP codec's own limits
 * (quarkus.http.limits, set to 64 KiB) would answer with a bare status and no body; these tighter ones run in
 * a route of their own after the request id and CORS, so a refused request still gets a problem+json that quotes
 * its id, and browser code can read it. Nothing of the request is read or acted on.
 */
@Singleton
@RequiredArgsConstructor
public class RequestLimits {

    /** Method, path with query and version, as sent on the first line. */
    public static final int MAX_REQUEST_LINE_BYTES = 8 * 1024;
    /** Every header field's name and value, with their separators, added up. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    private final ObjectMapper mapper;

    void register(@Observes Router router) {
        // After Quarkus's CORS filter (-300), so that browser code can read the problem; before LoadShedding.
        router.route().order(-299).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineBytes(request) > MAX_REQUEST_LINE_BYTES) {
            RouteProblems.end(
                    context,
                    mapper,
                    Problem.of(
                            ProblemType.URI_TOO_LONG,
                            "The request line is longer than the 8 KiB this service accepts."));
        } else if (headerBytes(request) > MAX_HEADER_BYTES) {
            RouteProblems.end(
                    context,
                    mapper,
                    Problem.of(
                            ProblemType.HEADERS_TOO_LARGE,
                            "The request's header fields add up to more than the 16 KiB this service accepts."));
        } else {
            context.next();
        }
    }

    /** "METHOD SP request-target SP HTTP/1.1 CRLF" (RFC 9112 3); the target is ASCII on the wire. */
    static int requestLineBytes(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1\r\n".length();
    }

    /** "name: value CRLF" for each field line (RFC 9112 5). */
    static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        return total;
    }
}
