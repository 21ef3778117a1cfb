package dev.rebound.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Token buckets by key (bucket4j), each holding a minute's worth and refilling evenly: a fresh key may spend a
 * whole minute's worth at once, then one per 60/n seconds. They live in this replica's memory; an idle bucket
 * is full again after a minute, so forgetting it after two changes nothing. Plain Java with an injectable clock.
 */
public final class MinuteBuckets {

    /** What one spending left: whether it was allowed, what remains, and seconds until full and until the next. */
    public record Spent(boolean allowed, long remaining, long fullInSeconds, long retryAfterSeconds) {}

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final long perMinute;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    public MinuteBuckets(long perMinute, long maxKeys, TimeMeter clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(WINDOW.multipliedBy(2))
                .build();
    }

    public long perMinute() {
        return perMinute;
    }

    /** Takes one from the key's bucket, if there is one left. */
    public Spent spend(String key) {
        Bucket bucket = buckets.get(
                key,
                ignored -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                        .withCustomTimePrecision(clock)
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Spent(
                probe.isConsumed(),
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                seconds(probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
