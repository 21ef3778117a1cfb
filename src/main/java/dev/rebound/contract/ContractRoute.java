package dev.rebound.contract;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Serves the checked-in openapi.yaml byte for byte when YAML is asked for. SmallRye re-serialises the
 * document and drops the quotes around example dates, which YAML 1.1 parsers then read as dates
 * instead of strings. JSON requests still go to SmallRye, whose JSON equals the file.
 */
public class ContractRoute {

    private static final String PATH = "/q/openapi";

    private final byte[] contract;

    public ContractRoute(ServedContract contract) {
        this.contract = contract.bytes();
    }

    void register(@Observes Router router) {
        router.get(PATH).order(-100).handler(this::serve);
        router.get(PATH + ".yaml").order(-100).handler(this::serve);
        router.get(PATH + ".yml").order(-100).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        if (wantsJson(context)) {
            context.next();
            return;
        }
        context.response()
                .putHeader("Content-Type", "application/yaml;charset=UTF-8")
                .end(io.vertx.core.buffer.Buffer.buffer(contract));
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
