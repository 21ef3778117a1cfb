package dev.rebound.account;

import dev.rebound.api.ExportedRejection;
import dev.rebound.api.model.Rejection;
import dev.rebound.followup.FeedbackService;
import dev.rebound.followup.ReflectionService;
import dev.rebound.rejection.RejectionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/** Everything one owner has stored, read out in batches for an export: records with their feedback and reflection. */
@ApplicationScoped
@RequiredArgsConstructor
public class AccountExport {

    private final RejectionService rejections;
    private final FeedbackService feedback;
    private final ReflectionService reflections;

    /** The next batch of records after {@code after} (newest first), each read in a short transaction of its own. */
    public List<ExportedRejection> batchAfter(String ownerId, ExportedRejection after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Rejection> records = rejections.batchAfter(ownerId, after == null ? null : after.rejection(), limit);
            List<UUID> ids = records.stream().map(Rejection::getId).toList();
            var feedbackById = feedback.forRecords(ownerId, ids);
            var reflectionById = reflections.forRecords(ownerId, ids);
            // A short transaction per batch: a long export piles up no managed entities.
            List<ExportedRejection> batch = records.stream()
                    .map(record -> new ExportedRejection(
                            record, feedbackById.get(record.getId()), reflectionById.get(record.getId())))
                    .toList();
            return batch;
        });
    }
}
