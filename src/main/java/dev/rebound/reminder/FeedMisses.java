package dev.rebound.reminder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts feed addresses that match no feed, per client address: someone guessing tokens. Past the budget
 * ({@code rebound.feed.misses-per-minute}, 20) a miss is answered 429 instead of 404. A feed that exists is
 * always served, so calendar services that poll many people's feeds from the same addresses are never
 * blocked by a few revoked ones. The client address is the connection's, or the one a trusted proxy forwards
 * (quarkus.http.proxy.*). Off with the budgets ({@code rebound.rate-limit.enabled=false}).
 */
@Singleton
public class FeedMisses {

    private final boolean enabled;
    private final long perMinute;
    private final Cache<String, Bucket> byAddress = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();

    public FeedMisses(@ConfigProperty(name = "rebound.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "rebound.feed.misses-per-minute", defaultValue = "20") long perMinute) {
        this.enabled = enabled;
        this.perMinute = perMinute;
    }

    /** Records a miss; returns 0 while within the budget, else the seconds until the next miss is allowed. */
    public long miss(String clientAddress) {
        if (!enabled) {
            return 0;
        }
        Bucket bucket = byAddress.get(clientAddress, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
