package dev.rebound.account;

import dev.rebound.followup.FeedbackService;
import dev.rebound.followup.ReflectionService;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.rejection.RejectionService;
import dev.rebound.rejection.RejectionView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import org.hibernate.Session;
import java.util.List;
import java.util.UUID;

/** Everything one owner has stored: read out in batches for an export, or erased at once. */
@ApplicationScoped
public class OwnerData {

    private final RejectionService rejections;
    private final FeedbackService feedback;
    private final ReflectionService reflections;
    /** Far beyond any request's 30 s: an erasure of a very large account must finish, not time out halfway. */
    static final int ERASE_TIMEOUT_SECONDS = 600;

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
     * Erases all the owner's data in one transaction: if any statement fails, nothing is erased. Plans,
     * feedback and reflections go with their records (ON DELETE CASCADE); the rest is deleted by owner. The
     * owner's idempotency keys stay until they expire, without their answers, so that a retry of a create made
     * before the erasure gets a 409 rather than bringing a record back.
     */
    @Transactional
    @TransactionConfiguration(timeout = ERASE_TIMEOUT_SECONDS)
    public void erase(String ownerId) {
        // An owner with a great many records may take longer than any request's statement may: lift both the
        // statement timeout (for this transaction) and the socket timeout (for this connection, until the end).
        entityManager.createNativeQuery("SET LOCAL statement_timeout = 0").executeUpdate();
        Session session = entityManager.unwrap(Session.class);
        int socketTimeout = session.doReturningWork(Connection::getNetworkTimeout);
        session.doWork(connection -> connection.setNetworkTimeout(Runnable::run, 0));
        try {
            eraseRows(ownerId);
        } finally {
            session.doWork(connection -> connection.setNetworkTimeout(Runnable::run, socketTimeout));
        }
    }

    private void eraseRows(String ownerId) {
        // The owner's revision row first, as every other write of the owner's takes it (through the triggers)
        // before anything else it locks at commit: an erasure that locked an idempotency key first could
        // deadlock with a create finishing under that key. The row goes last, after the deletes have bumped it.
        entityManager.createNativeQuery("INSERT INTO owner_revision (owner_id, revision)"
                        + " VALUES (:owner, nextval('owner_revision_seq'))"
                        + " ON CONFLICT (owner_id) DO UPDATE SET revision = excluded.revision")
                .setParameter("owner", ownerId)
                .executeUpdate();
        idempotencyKeys.forgetAllResults(ownerId);
        for (String table : List.of("calendar_feed", "rejection", "owner_revision")) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE owner_id = :owner")
                    .setParameter("owner", ownerId)
                    .executeUpdate();
        }
    }
}
