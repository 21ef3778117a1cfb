package dev.rebound.ratelimit;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import lombok.RequiredArgsConstructor;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The headers of draft-ietf-httpapi-ratelimit-headers-09 on every answer that spent from a budget, a 429 included:
 * {@code RateLimit-Policy: "writes";q=30;w=60} and {@code RateLimit: "writes";r=12;t=40} (what remains, and the
 * seconds until the bucket is full again), plus {@code Retry-After} on a 429.
 */
@RequiredArgsConstructor
public class RateLimitHeaders {

    private final RequestBudget budget;

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response) {
        OwnerBudgets.Outcome outcome = budget.outcome();
        if (outcome == null) {
            return;
        }
        String name = "\"" + outcome.policy().headerName() + "\"";
        response.getHeaders().putSingle("RateLimit-Policy", name + ";q=" + outcome.quota() + ";w=60");
        response.getHeaders()
                .putSingle("RateLimit", name + ";r=" + outcome.remaining() + ";t=" + outcome.fullInSeconds());
        if (!outcome.allowed()) {
            response.getHeaders()
                    .putSingle(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, outcome.retryAfterSeconds())));
        }
    }
}
