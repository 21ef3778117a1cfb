package dev.rebound.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.http.ServedPaths;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.Problem;
import dev.rebound.problem.ProblemType;
import dev.rebound.problem.RouteProblems;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DNS-rebinding protection for the MCP server, as the MCP transport specification requires: a request to
 * {@code /mcp} whose {@code Origin} is not one of the allowed CORS origins ({@code REBOUND_CORS_ORIGINS}) is refused
 * with a 403 problem before anything reads it. Unlike CORS, an Origin equal to the request's own {@code Host} is
 * not let through: a rebound DNS name makes a hostile page's origin and the Host header agree.
 */
@Singleton
class AllowedOrigins {

    /** Before Quarkus's CORS filter (-300), which would refuse with an empty body; after the request id (-1000). */
    private static final int ROUTE_ORDER = -301;

    private final Set<String> exact;
    private final List<Pattern> patterns;
    private final boolean any;
    private final ObjectMapper mapper;

    AllowedOrigins(
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins, ObjectMapper mapper) {
        this.any = CORSFilter.isConfiguredWithWildcard(origins);
        this.patterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.exact = origins.orElse(List.of()).stream()
                .filter(origin -> !(origin.startsWith("/") && origin.endsWith("/")))
                .collect(Collectors.toUnmodifiableSet());
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        // "/mcp;x=1" reaches the endpoint too (JAX-RS drops matrix parameters), so it must not pass by here.
        router.routeWithRegex(ServedPaths.MCP_PATTERN).order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        if (origin == null || allows(origin)) {
            context.next();
            return;
        }
        RouteProblems.end(
                context,
                mapper,
                Problem.of(
                        ProblemType.FORBIDDEN,
                        "Requests to the MCP server from this Origin are refused: it is not one of the origins this"
                                + " service allows.",
                        List.of(new FieldError("Origin", "is not an allowed origin"))));
    }

    boolean allows(String origin) {
        return any || exact.contains(origin) || CORSFilter.isOriginAllowedByRegex(patterns, origin);
    }
}
