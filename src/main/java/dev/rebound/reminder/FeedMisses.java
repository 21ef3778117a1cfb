package dev.rebound.reminder;

import dev.rebound.config.ReboundSettings;
import dev.rebound.ratelimit.MinuteBuckets;
import io.github.bucket4j.TimeMeter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

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
    private final MinuteBuckets byAddress;

    @Inject
    public FeedMisses(ReboundSettings settings) {
        this(settings.rateLimit().enabled(), settings.feed().missesPerMinute());
    }

    FeedMisses(boolean enabled, long perMinute) {
        this.enabled = enabled;
        this.byAddress = new MinuteBuckets(perMinute, 100_000, TimeMeter.SYSTEM_NANOTIME);
    }

    /** Records a miss; returns 0 while within the budget, else the seconds until the next miss is allowed. */
    public long miss(String clientAddress) {
        if (!enabled) {
            return 0;
        }
        MinuteBuckets.Spent spent = byAddress.spend(clientAddress);
        return spent.allowed() ? 0 : Math.max(1, spent.retryAfterSeconds());
    }
}
