package dev.rebound.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * A budget per owner and policy: a token bucket that holds a minute's worth of requests and refills evenly, so a
 * fresh owner may spend a whole minute's budget at once and then one request per 60/q seconds. Buckets live in
 * this replica's memory (bucket4j), not in PostgreSQL: no request pays a database write for its budget, at the
 * price that behind N replicas an owner may spend up to N budgets. Plain Java with an injectable clock.
 */
public final class OwnerBudgets {

    /** The two policies of the RateLimit headers: changes and reads. */
    public enum Policy {
        WRITES("writes"),
        READS("reads");

        private final String headerName;

        Policy(String headerName) {
            this.headerName = headerName;
        }

        public String headerName() {
            return headerName;
        }
    }

    /** What one request's spending left: its policy's quota, what remains, and when the bucket is full again. */
    public record Outcome(Policy policy, long quota, boolean allowed, long remaining, long fullInSeconds,
            long retryAfterSeconds) {}

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final long writesPerMinute;
    private final long readsPerMinute;
    private final TimeMeter clock;
    /** An idle bucket is full again after a minute, so forgetting it after two changes nothing. */
    private final Cache<String, Bucket> buckets;

    public OwnerBudgets(long writesPerMinute, long readsPerMinute, long maxBuckets, TimeMeter clock) {
        this.writesPerMinute = writesPerMinute;
        this.readsPerMinute = readsPerMinute;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(WINDOW.multipliedBy(2)).build();
    }

    /** Takes one request from the owner's budget for this policy, if there is one left. */
    public Outcome spend(String ownerId, Policy policy) {
        long quota = quota(policy);
        Bucket bucket = buckets.get(policy.headerName() + ' ' + ownerId, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(quota).refillGreedy(quota, WINDOW))
                .withCustomTimePrecision(clock)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Outcome(policy, quota, probe.isConsumed(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()));
    }

    public long quota(Policy policy) {
        return policy == Policy.WRITES ? writesPerMinute : readsPerMinute;
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
