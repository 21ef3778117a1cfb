package dev.rebound.account;

import dev.rebound.followup.FeedbackService;
import dev.rebound.followup.ReflectionService;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.rejection.RejectionService;
import dev.rebound.rejection.RejectionView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Everything one owner has stored: read out in batches for an export, or erased in batches. */
@ApplicationScoped
public class OwnerData {

    private final RejectionService rejections;
    private final FeedbackService feedback;
    private final ReflectionService reflections;
    /** Records per erase transaction: a few thousand rows with their plans, well under a second to delete. */
    static final int ERASE_BATCH = 1000;
    /** Per erase transaction; far beyond what a batch needs, so that only a stuck database ends one. */
    static final int ERASE_TIMEOUT_SECONDS = 120;

    private final EntityManager entityManager;
    private final IdempotencyKeys idempotencyKeys;

    public OwnerData(RejectionService rejections, FeedbackService feedback, ReflectionService reflections,
            EntityManager entityManager, IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
        this.rejections = rejections;
        this.feedback = feedback;
        this.reflections = reflections;
        this.entityManager = entityManager;
    }

    /** The next batch of records after {@code after} (newest first), each read in a short transaction of its own. */
    public List<ExportedRejection> batchAfter(String ownerId, ExportedRejection after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<RejectionView> records = rejections.batchAfter(ownerId, after == null ? null : after.rejection(),
                    limit);
            List<UUID> ids = records.stream().map(RejectionView::id).toList();
            var feedbackById = feedback.forRecords(ownerId, ids);
            var reflectionById = reflections.forRecords(ownerId, ids);
            // Every part is read as values, so a long export piles up no managed entities.
            List<ExportedRejection> batch = records.stream()
                    .map(record -> new ExportedRejection(record, feedbackById.get(record.id()),
                            reflectionById.get(record.id())))
                    .toList();
            return batch;
        });
    }

    /**
     * Erases all the owner's data, in batches that each commit alone, so that no transaction grows with the
     * account and an owner with a million records is erased like one with ten. Each batch deletes up to
     * {@link #ERASE_BATCH} records (plans, feedback and reflections go with them, ON DELETE CASCADE) and, in the
     * same transaction, the stored idempotent answers that held them; the last transaction takes whatever a create
     * added meanwhile, the calendar feed and the owner's revision. When this returns, everything is gone. When it
     * fails halfway, what was erased stays erased, and calling it again finishes the work.
     */
    public void erase(String ownerId) {
        while (eraseBatch(ownerId, ERASE_BATCH) > 0) {
            // Until a batch finds nothing: a short batch may only mean that a concurrent erasure took the rest.
        }
        QuarkusTransaction.requiringNew().timeout(ERASE_TIMEOUT_SECONDS).run(() -> {
            withoutStatementTimeout();
            deleteRecords(ownerId, Integer.MAX_VALUE);
            for (String table : List.of("calendar_feed", "owner_revision")) {
                entityManager.createNativeQuery("DELETE FROM " + table + " WHERE owner_id = :owner")
                        .setParameter("owner", ownerId)
                        .executeUpdate();
            }
        });
    }

    /** Deletes up to {@code limit} of the owner's records in a transaction of its own; answers how many. */
    int eraseBatch(String ownerId, int limit) {
        return QuarkusTransaction.requiringNew().timeout(ERASE_TIMEOUT_SECONDS).call(() -> {
            withoutStatementTimeout();
            return deleteRecords(ownerId, limit);
        });
    }

    /**
     * The erase job is exempt from the statement timeout that bounds requests: a batch on a busy database may
     * take longer, and cancelling it would only make the caller start again.
     */
    private void withoutStatementTimeout() {
        entityManager.createNativeQuery("SET LOCAL statement_timeout = 0").executeUpdate();
    }

    /**
     * The records, and then the stored answers that contain them, in one transaction. Rows are locked in the
     * order every other write of the owner's takes them (records first, the owner's revision through the triggers
     * at the end of the statement), so a concurrent change waits instead of deadlocking.
     */
    private int deleteRecords(String ownerId, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> deleted = entityManager.createNativeQuery("DELETE FROM rejection WHERE id IN"
                        + " (SELECT id FROM rejection WHERE owner_id = :owner LIMIT :limit) RETURNING id", UUID.class)
                .setParameter("owner", ownerId)
                .setParameter("limit", limit)
                .getResultList();
        idempotencyKeys.forgetResults(ownerId, deleted);
        return deleted.size();
    }
}
