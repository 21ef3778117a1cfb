package dev.rebound.ratelimit;

import dev.rebound.config.ReboundSettings;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import io.github.bucket4j.TimeMeter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

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
    private OwnerBudgets.Policy policy;

    public RequestBudget(OwnerBudgets budgets, HttpServerRequest request, ReboundSettings settings) {
        this.budgets = budgets;
        this.request = request;
        this.enabled = settings.rateLimit().enabled();
    }

    /**
     * Spends from {@code policy} instead of the one the HTTP method names: every MCP call is a POST, whether
     * its tool reads or writes. Called before the owner is first known.
     */
    public void chargeAs(OwnerBudgets.Policy policy) {
        this.policy = policy;
    }

    public void spend(String ownerId) {
        if (!enabled || outcome != null) {
            return;
        }
        outcome = budgets.spend(
                ownerId,
                policy != null
                        ? policy
                        : WRITES.contains(request.method().name())
                                ? OwnerBudgets.Policy.WRITES
                                : OwnerBudgets.Policy.READS);
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
    static OwnerBudgets budgets(ReboundSettings settings) {
        ReboundSettings.RateLimit limits = settings.rateLimit();
        return new OwnerBudgets(
                limits.writesPerMinute(), limits.readsPerMinute(), limits.keptOwners(), TimeMeter.SYSTEM_NANOTIME);
    }
}
