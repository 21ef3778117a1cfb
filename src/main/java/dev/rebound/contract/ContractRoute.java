package dev.rebound.contract;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import lombok.RequiredArgsConstructor;

/**
 * Serves the checked-in openapi.yaml at /q/openapi, byte for byte as YAML or converted to JSON, where
 * SmallRye would otherwise serve its own rendering. SmallRye is not given the file (it sits in
 * META-INF/rebound, not META-INF): preparing a 250 KB document at every start took a fifth of start-up, and
 * its YAML drops the quotes around example dates, which YAML 1.1 parsers then read as dates.
 */
@RequiredArgsConstructor
public class ContractRoute {

    private static final String PATH = "/q/openapi";

    private final ServedContract contract;

    void register(@Observes Router router) {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
            router.route(method, PATH).order(-100).blockingHandler(this::negotiate, false);
            router.route(method, PATH + ".yaml").order(-100).handler(this::serveYaml);
            router.route(method, PATH + ".yml").order(-100).handler(this::serveYaml);
            router.route(method, PATH + ".json").order(-100).blockingHandler(this::serveJson, false);
        }
    }

    private void negotiate(RoutingContext context) {
        if (wantsJson(context)) {
            serveJson(context);
        } else {
            serveYaml(context);
        }
    }

    private void serveYaml(RoutingContext context) {
        serve(context, "application/yaml;charset=UTF-8", contract.yaml());
    }

    /** A worker thread runs this: the first call converts the document. */
    private void serveJson(RoutingContext context) {
        serve(context, "application/json;charset=UTF-8", contract.json());
    }

    /** HEAD gets the headers GET would, without the body. */
    private static void serve(RoutingContext context, String type, byte[] document) {
        context.response().putHeader("Content-Type", type);
        if (context.request().method() == HttpMethod.HEAD) {
            context.response()
                    .putHeader("Content-Length", Integer.toString(document.length))
                    .end();
        } else {
            context.response().end(Buffer.buffer(document));
        }
    }

    /** The same choice SmallRye makes: an explicit format parameter first, then the Accept header. */
    private static boolean wantsJson(RoutingContext context) {
        String format = context.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = context.request().getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("yaml");
    }
}
