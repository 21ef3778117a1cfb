package dev.rebound.ratelimit;

import io.github.bucket4j.TimeMeter;
import java.util.Locale;

/**
 * A budget per owner and policy: {@link MinuteBuckets}, so a fresh owner may spend a whole minute's budget at once
 * and then one request per 60/q seconds. Buckets live in this replica's memory, not in PostgreSQL: no request pays
 * a database write for its budget, at the price that behind N replicas an owner may spend up to N budgets.
 */
public final class OwnerBudgets {

    /** The two policies of the RateLimit headers: changes and reads. */
    public enum Policy {
        WRITES,
        READS;

        private final String headerName = name().toLowerCase(Locale.ROOT);

        /** The policy's name in the RateLimit-Policy and RateLimit headers. */
        public String headerName() {
            return headerName;
        }
    }

    /** What one request's spending left: its policy's quota, what remains, and when the bucket is full again. */
    public record Outcome(
            Policy policy, long quota, boolean allowed, long remaining, long fullInSeconds, long retryAfterSeconds) {}

    private final MinuteBuckets writes;
    private final MinuteBuckets reads;

    public OwnerBudgets(long writesPerMinute, long readsPerMinute, long keptOwners, TimeMeter clock) {
        this.writes = new MinuteBuckets(writesPerMinute, keptOwners, clock);
        this.reads = new MinuteBuckets(readsPerMinute, keptOwners, clock);
    }

    /** Takes one request from the owner's budget for this policy, if there is one left. */
    public Outcome spend(String ownerId, Policy policy) {
        MinuteBuckets buckets = buckets(policy);
        MinuteBuckets.Spent spent = buckets.spend(ownerId);
        return new Outcome(
                policy,
                buckets.perMinute(),
                spent.allowed(),
                spent.remaining(),
                spent.fullInSeconds(),
                spent.retryAfterSeconds());
    }

    public long quota(Policy policy) {
        return buckets(policy).perMinute();
    }

    private MinuteBuckets buckets(Policy policy) {
        return policy == Policy.WRITES ? writes : reads;
    }
}
