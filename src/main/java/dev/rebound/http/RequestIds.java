package dev.rebound.http;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One id for each HTTP request: sent back in {@code X-Request-Id} on every answer, put in the log MDC (key
 * {@code requestId}) of every line logged while serving it, and used as the {@code instance} of its problem
 * details, so that an error report leads straight to the log lines. A client may send its own id as a UUID.
 *
 * <p>The id is kept in the request's Vert.x duplicated context, which Quarkus carries from the event loop to
 * the worker thread that runs a blocking endpoint; Quarkus keeps the MDC in that same context.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Before every other route, Quarkus's CORS filter (-300) included, so that every answer carries the id. */
    static final int ROUTE_ORDER = -1000;

    private static final String CONTEXT_KEY = RequestIds.class.getName();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext routing) {
        String id = fromClient(routing.request().getHeader(HEADER))
                .orElseGet(UUID::randomUUID)
                .toString();
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            context.putLocal(CONTEXT_KEY, id);
        }
        // Quarkus keeps the MDC in the request's duplicated context too, so it ends with the request and needs
        // no clearing; clearing it when the response ends would lose it for work still running, such as a
        // worker thread that finds out afterwards that the client went away.
        MDC.put(MDC_KEY, id);
        routing.addHeadersEndHandler(ignored -> routing.response().headers().set(HEADER, id));
        routing.next();
    }

    /** The client's id when it is a UUID; anything else is replaced, so that logs only ever hold our format. */
    static Optional<UUID> fromClient(String header) {
        if (header == null || !UUID_TEXT.matcher(header.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(header.strip()));
    }

    /** The id of the request being served on this thread, if any. */
    public static Optional<String> current() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.getLocal(CONTEXT_KEY));
    }
}
