package dev.rebound.ratelimit;

import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import io.github.bucket4j.TimeMeter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The budget of the request being served: spent once, when the owner is first known (CurrentOwner), before any
 * work; a request beyond the budget is a 429 and spends nothing. POST, PUT, PATCH and DELETE spend from
 * {@code writes}, everything else from {@code reads}.
 */
@RequestScoped
public class RequestBudget {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final OwnerBudgets budgets;
    private final HttpServerRequest request;
    private final boolean enabled;
    private OwnerBudgets.Outcome outcome;

    public RequestBudget(
            OwnerBudgets budgets,
            HttpServerRequest request,
            @ConfigProperty(name = "rebound.rate-limit.enabled", defaultValue = "true") boolean enabled) {
        this.budgets = budgets;
        this.request = request;
        this.enabled = enabled;
    }

    public void spend(String ownerId) {
        if (!enabled || outcome != null) {
            return;
        }
        outcome = budgets.spend(
                ownerId,
                WRITES.contains(request.method().name()) ? OwnerBudgets.Policy.WRITES : OwnerBudgets.Policy.READS);
        if (!outcome.allowed()) {
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "You have used this minute's budget of "
                            + outcome.quota() + " " + outcome.policy().headerName() + ". Nothing was done; retry in "
                            + outcome.retryAfterSeconds() + " s.");
        }
    }

    /** What this request spent, or null when it spent nothing (no owner, or the limits are off). */
    public OwnerBudgets.Outcome outcome() {
        return outcome;
    }

    @Produces
    @Singleton
    static OwnerBudgets budgets(
            @ConfigProperty(name = "rebound.rate-limit.writes-per-minute", defaultValue = "30") long writes,
            @ConfigProperty(name = "rebound.rate-limit.reads-per-minute", defaultValue = "300") long reads,
            @ConfigProperty(name = "rebound.rate-limit.kept-owners", defaultValue = "100000") long keptOwners) {
        return new OwnerBudgets(writes, reads, keptOwners, TimeMeter.SYSTEM_NANOTIME);
    }
}
