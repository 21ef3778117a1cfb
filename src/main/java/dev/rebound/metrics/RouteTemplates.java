package dev.rebound.metrics;

import dev.rebound.contract.AllowedMethods;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import lombok.RequiredArgsConstructor;

/**
 * Keeps the {@code uri} tag of the HTTP server metrics to the contract's path templates. Quarkus REST names
 * the template of the resource method it ran, but answers given before or without one (a 405 worked out from
 * the contract, a 413 or 415 from the body checks, a shed 503, a refused CORS request) would be tagged with
 * the raw path: a time series per record id, and calendar feed tokens in the metrics.
 */
@RequiredArgsConstructor
public class RouteTemplates {

    /** Where Quarkus's HTTP server metrics look for the template (Quarkus REST puts its own there). */
    private static final String TEMPLATE_LOCAL = "UrlPathTemplate";
    /** The tag of answers to paths that are not in the contract, other than 404s (tagged NOT_FOUND anyway). */
    static final String UNMATCHED = "UNMATCHED";

    private final AllowedMethods contract;

    void register(@Observes Router router) {
        // Before Quarkus's CORS filter (-300), which answers refused origins itself.
        router.route().order(-1000).handler(this::tagOnAnswer);
    }

    private void tagOnAnswer(RoutingContext routing) {
        routing.addHeadersEndHandler(ignored -> {
            String template =
                    template(routing.normalizedPath(), routing.response().getStatusCode());
            if (template != null && routing.request() instanceof HttpServerRequestInternal request) {
                request.context().putLocal(TEMPLATE_LOCAL, template);
            }
        });
        routing.next();
    }

    /** The template to tag an answer with, or {@code null} to leave the tag to Quarkus. */
    String template(String path, int status) {
        // Quarkus's own endpoints under /q/ are not measured.
        if (path.startsWith("/q/")) {
            return null;
        }
        String template = contract.templateFor(path);
        if (template != null) {
            return template;
        }
        return status == 404 ? null : UNMATCHED;
    }
}
