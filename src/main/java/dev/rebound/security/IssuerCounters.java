package dev.rebound.security;

import dev.rebound.http.ServedPaths;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-issuer counters at {@code /q/metrics}: {@code rebound_auth_requests_total} counts the /v1 requests that
 * carried a bearer token, by the issuer it names, and {@code rebound_auth_unauthorized_total} those of them
 * answered 401. The issuer label is {@code default}, a configured issuer's name, or {@code unknown}, so that a
 * flood of made-up issuers cannot grow the label set. Every series exists (at 0) from the start.
 */
@Singleton
public class IssuerCounters {

    private static final String BEARER = "Bearer ";

    private final Issuers issuers;
    private final Map<String, Counter> requests = new HashMap<>();
    private final Map<String, Counter> unauthorized = new HashMap<>();

    public IssuerCounters(Issuers issuers, AuthSettings settings, MeterRegistry registry) {
        this.issuers = issuers;
        Set<String> labels = new TreeSet<>(settings.issuers().keySet());
        labels.add(Issuers.DEFAULT);
        labels.add(Issuers.UNKNOWN);
        for (String label : labels) {
            requests.put(
                    label,
                    Counter.builder("rebound.auth.requests")
                            .description(
                                    "/v1 and /mcp requests that carried a bearer token, by the issuer the token names")
                            .tag("issuer", label)
                            .register(registry));
            unauthorized.put(
                    label,
                    Counter.builder("rebound.auth.unauthorized")
                            .description(
                                    "/v1 and /mcp requests with a bearer token that were answered 401, by the issuer the token names")
                            .tag("issuer", label)
                            .register(registry));
        }
    }

    void register(@Observes Router router) {
        router.route("/v1/*").order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::countOnAnswer);
        // The MCP server, with matrix parameters or a trailing slash too.
        router.routeWithRegex(ServedPaths.MCP_PATTERN)
                .order(RouteConstants.ROUTE_ORDER_HEADERS)
                .handler(this::countOnAnswer);
    }

    private void countOnAnswer(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> count(context));
        context.next();
    }

    private void count(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        String label = issuers.label(
                issuerOf(context, authorization.substring(BEARER.length()).trim()));
        requests.get(label).increment();
        if (context.response().getStatusCode() == 401) {
            unauthorized.get(label).increment();
        }
    }

    /** The verified issuer where authentication succeeded, else the one the token claims. */
    private static String issuerOf(RoutingContext context, String token) {
        if (context.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken verified) {
            return verified.getIssuer();
        }
        return Issuers.claimedIssuer(token).orElse(null);
    }
}
