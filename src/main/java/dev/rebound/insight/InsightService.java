package dev.rebound.insight;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rebound.api.model.Insights;
import dev.rebound.config.ReboundSettings;
import dev.rebound.db.JdbcQueries;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * An owner's insights, computed by {@link InsightReads} and kept until the owner's data changes. Every
 * change moves the owner's revision on (triggers keep it, see V8__owner_revision.sql), so a kept answer is
 * served only while its revision is still the current one: one primary-key lookup instead of aggregating
 * every record. Each replica keeps its own answers and checks them against the shared revision, so none is
 * ever stale, whichever replica took the write.
 */
@ApplicationScoped
public class InsightService {

    /**
     * An owner without a revision row: nothing stored since V8 or since an erasure. Answers are not kept for
     * such an owner, since "no row" recurs (an erasure deletes the row) and would match an answer kept before.
     */
    private static final long NO_REVISION = 0;

    private final InsightReads reads;
    private final AgroalDataSource dataSource;
    private final Cache<Key, Kept> kept;

    public InsightService(InsightReads reads, AgroalDataSource dataSource, ReboundSettings settings) {
        this.reads = reads;
        this.dataSource = dataSource;
        this.kept = Caffeine.newBuilder()
                .maximumSize(settings.insights().keptOwners())
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    private record Key(String ownerId, InsightQuery range) {}

    private record Kept(long revision, Insights insights) {}

    public Insights compute(String ownerId, InsightQuery range) {
        // The revision is read before the numbers: a change that lands in between makes the kept answer newer
        // than its revision says, never older, and the next read computes again.
        long revision = revision(ownerId);
        Key key = new Key(ownerId, range);
        Kept found = kept.getIfPresent(key);
        if (found != null && found.revision() == revision) {
            return found.insights();
        }
        Insights insights = reads.compute(ownerId, range);
        if (revision != NO_REVISION) {
            kept.put(key, new Kept(revision, insights));
        }
        return insights;
    }

    /** The owner's current revision, or {@link #NO_REVISION}; revisions come from a sequence starting at 1. */
    private long revision(String ownerId) {
        List<Long> found = JdbcQueries.list(
                dataSource,
                "SELECT revision FROM owner_revision WHERE owner_id = ?",
                List.of(ownerId),
                row -> row.getLong(1));
        return found.isEmpty() ? NO_REVISION : found.get(0);
    }
}
