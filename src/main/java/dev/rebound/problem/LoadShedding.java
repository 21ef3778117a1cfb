package dev.rebound.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.config.ReboundSettings;
import dev.rebound.http.ServedPaths;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Sheds load instead of piling up latency: when more API requests are in flight than the bound, new
 * ones are answered at once with 503 problem+json and Retry-After. The default bound sits well above
 * the 64 concurrent connections the performance benchmark drives, so normal load is never shed.
 */
@Singleton
public class LoadShedding {

    private final InFlightLimit limit;
    private final ObjectMapper mapper;

    public LoadShedding(ReboundSettings settings, ObjectMapper mapper) {
        this.limit = new InFlightLimit(settings.maxRequestsInFlight());
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        // After Quarkus's CORS filter (route order -300), so that a shed answer still reaches browser code. The
        // public calendar feed and the MCP server share the bound: they read the same database.
        router.route("/v1/*").order(-298).handler(this::admit);
        router.route("/feeds/*").order(-298).handler(this::admit);
        router.routeWithRegex(ServedPaths.MCP_PATTERN).order(-298).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (!limit.tryAcquire()) {
            context.response().putHeader("Retry-After", "1");
            RouteProblems.end(
                    context,
                    mapper,
                    Problem.of(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "The service is at capacity. Nothing was changed; retry in a moment."));
            return;
        }
        context.addEndHandler(done -> limit.release());
        context.next();
    }
}
