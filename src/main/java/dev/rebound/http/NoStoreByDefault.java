package dev.rebound.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Personal data is never cached by browsers or proxies: every /v1 and /mcp answer carries
 * {@code Cache-Control: no-store} unless it sets a Cache-Control of its own, which only the public
 * vocabularies do. Decided as the headers go out, so that answers from every layer (routing, security,
 * CORS, load shedding, the resources) are covered. Quarkus's own header setting cannot make an exception:
 * a resource's Cache-Control would go out beside its no-store, and no-store would win.
 */
public class NoStoreByDefault {

    static final String NO_STORE = "no-store";

    void register(@Observes Router router) {
        // As early as Quarkus's own header settings, before anything can answer.
        router.route("/v1/*").order(RouteConstants.ROUTE_ORDER_HEADERS).handler(NoStoreByDefault::noStore);
        router.routeWithRegex(ServedPaths.MCP_PATTERN)
                .order(RouteConstants.ROUTE_ORDER_HEADERS)
                .handler(NoStoreByDefault::noStore);
    }

    private static void noStore(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                response.putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
        });
        context.next();
    }
}
