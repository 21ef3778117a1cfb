package dev.rebound.account;

import dev.rebound.idempotency.IdempotencyKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/** Erases everything one owner has stored, in batches that each commit alone. */
@ApplicationScoped
@RequiredArgsConstructor
public class AccountErasure {

    /** Records per erase transaction: a few thousand rows with their plans, well under a second to delete. */
    static final int ERASE_BATCH = 1000;
    /** Per erase transaction; far beyond what a batch needs, so that only a stuck database ends one. */
    static final int ERASE_TIMEOUT_SECONDS = 120;

    private final EntityManager entityManager;
    private final IdempotencyKeys idempotencyKeys;

    /**
     * Erases all the owner's data, in batches that each commit alone, so that no transaction grows with the
     * account and an owner with a million records is erased like one with ten. Each batch deletes up to
     * {@link #ERASE_BATCH} records (plans, feedback and reflections go with them, ON DELETE CASCADE) and, in the
     * same transaction, the stored idempotent answers that held them; the last transaction takes whatever a create
     * added meanwhile, the calendar feed and the owner's revision. When this returns, everything is gone. When it
     * fails halfway, what was erased stays erased, and calling it again finishes the work.
     */
    public void erase(String ownerId) {
        Position after = null;
        for (Batch batch; (batch = eraseBatch(ownerId, after, ERASE_BATCH)).erased() > 0; ) {
            after = batch.last();
        }
        QuarkusTransaction.requiringNew().timeout(ERASE_TIMEOUT_SECONDS).run(() -> {
            startErasing(ownerId);
            while (deleteRecords(ownerId, null, ERASE_BATCH).erased() > 0) {
                // Records created since the batches passed them: usually none.
            }
            for (String table : List.of("calendar_feed", "owner_revision")) {
                entityManager
                        .createNativeQuery("DELETE FROM " + table + " WHERE owner_id = :owner")
                        .setParameter("owner", ownerId)
                        .executeUpdate();
            }
        });
    }

    /**
     * A record's place in the owner's (created_at, id) index. Batches walk it newest first and each starts below
     * where the last stopped, so none reads again the index entries of the records already deleted: without it,
     * the millionth record's batch would step over 999,000 dead entries to find its first.
     */
    record Position(Instant createdAt, UUID id) {}

    /** How many records a batch deleted, and where it stopped ({@code null} when it deleted none). */
    record Batch(int erased, Position last) {}

    /** Deletes up to {@code limit} of the owner's records below {@code after} (null: the newest) on its own. */
    Batch eraseBatch(String ownerId, Position after, int limit) {
        return QuarkusTransaction.requiringNew().timeout(ERASE_TIMEOUT_SECONDS).call(() -> {
            startErasing(ownerId);
            return deleteRecords(ownerId, after, limit);
        });
    }

    /**
     * Opens an erase transaction. Erasures of one owner take turns, a transaction at a time: a retry sent while
     * the first request still runs would otherwise wait on the same rows, find them gone and stop early. The job
     * is exempt from the statement timeout that bounds requests, as cancelling a batch on a busy database would
     * only make the caller start again; the JDBC socket timeout still bounds each batch, which takes well under
     * a second.
     */
    private void startErasing(String ownerId) {
        entityManager
                .createNativeQuery(
                        "SELECT count(*) FROM pg_advisory_xact_lock(hashtext('rebound.erase'), hashtext(:owner))")
                .setParameter("owner", ownerId)
                .getSingleResult();
        entityManager.createNativeQuery("SET LOCAL statement_timeout = 0").executeUpdate();
    }

    /**
     * The records, and then the stored answers that contain them, in one transaction. Rows are locked in the
     * order every other write of the owner's takes them (a record first, the owner's revision through the
     * triggers at the end of the statement), so a concurrent change of a record waits instead of deadlocking.
     */
    private Batch deleteRecords(String ownerId, Position after, int limit) {
        // Sorted by PostgreSQL, whose uuid order (unsigned bytes) is not Java's.
        Query delete = entityManager
                .createNativeQuery("WITH gone AS (DELETE FROM rejection WHERE id IN"
                        + " (SELECT id FROM rejection WHERE owner_id = :owner"
                        + (after == null ? "" : " AND (created_at, id) < (:createdAt, :id)")
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit) RETURNING id, created_at)"
                        + " SELECT id, created_at FROM gone ORDER BY created_at, id")
                .setParameter("owner", ownerId)
                .setParameter("limit", limit);
        if (after != null) {
            delete.setParameter("createdAt", after.createdAt()).setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = delete.getResultList();
        List<Position> deleted = rows.stream()
                .map(row -> new Position(instant(row[1]), (UUID) row[0]))
                .toList();
        idempotencyKeys.forgetResults(
                ownerId, deleted.stream().map(Position::id).toList());
        return new Batch(deleted.size(), deleted.isEmpty() ? null : deleted.get(0));
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
    }
}
