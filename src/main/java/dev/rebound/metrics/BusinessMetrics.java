package dev.rebound.metrics;

import dev.rebound.api.model.ImportRowStatus;
import dev.rebound.api.model.PlanAction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rebound's own counters at {@code /q/metrics}, beside the HTTP, connection pool and JVM metrics. Each counts
 * work that really happened: called inside a transaction, it counts only once that transaction commits, so
 * an attempt that rolls back counts nothing. An idempotent replay does no work and so is never counted.
 * Made at start-up, so that every counter is listed (at 0) before its first use.
 */
@Startup
@ApplicationScoped
public class BusinessMetrics {

    private final TransactionSynchronizationRegistry transactions;
    private final Counter rejectionsRecorded;
    private final Counter suggestionsGenerated;
    private final Map<PlanAction, Counter> planStepsDone;
    private final Map<ImportRowStatus, Counter> importedRows;
    private final Counter draftsOfRejections;
    private final Counter draftsOfOtherMail;

    public BusinessMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        rejectionsRecorded = Counter.builder("rebound.rejections.recorded")
                .description("Rejections recorded (stored by POST /v1/rejections or an import)")
                .register(registry);
        suggestionsGenerated = Counter.builder("rebound.suggestions.generated")
                .description("Suggestion sets written: on create, for a stored record, and previews")
                .register(registry);
        // Every series from the start, so that each exists (at 0) before it is first counted.
        planStepsDone = perValue(
                registry,
                "rebound.plan.steps.done",
                "Plan steps that became DONE, by hand or through saved feedback or reflection",
                "action",
                PlanAction.class);
        importedRows = perValue(
                registry,
                "rebound.imported.rows",
                "Rows of imported files (POST /v1/imports), by what became of them",
                "status",
                ImportRowStatus.class);
        draftsOfRejections = draftCounter(registry, "rejection");
        draftsOfOtherMail = draftCounter(registry, "not_rejection");
    }

    private static Counter draftCounter(MeterRegistry registry, String result) {
        return Counter.builder("rebound.rejection.drafts")
                .description("E-mails read by POST /v1/rejection-drafts, by whether they were rejections")
                .tag("result", result)
                .register(registry);
    }

    private static <E extends Enum<E>> Map<E, Counter> perValue(
            MeterRegistry registry, String name, String description, String tag, Class<E> values) {
        Map<E, Counter> counters = new EnumMap<>(values);
        for (E value : values.getEnumConstants()) {
            counters.put(
                    value,
                    Counter.builder(name)
                            .description(description)
                            .tag(tag, value.name())
                            .register(registry));
        }
        return counters;
    }

    public void rejectionRecorded() {
        countOnCommit(rejectionsRecorded);
    }

    public void suggestionsGenerated() {
        countOnCommit(suggestionsGenerated);
    }

    /** Call when a step becomes DONE, not when a step that was already done is saved again. */
    public void planStepDone(PlanAction action) {
        countOnCommit(planStepsDone.get(action));
    }

    /**
     * Counts the rows of an import that has ended: each of its batches has committed or rolled back by then.
     * A dry run imports nothing and is not counted, so VALID stays at 0.
     */
    public void importedRows(ImportRowStatus status, int rows) {
        importedRows.get(status).increment(rows);
    }

    /** Counts an e-mail read into a draft; nothing is stored, so there is nothing to wait for. */
    public void draftRead(boolean rejection) {
        (rejection ? draftsOfRejections : draftsOfOtherMail).increment();
    }

    private void countOnCommit(Counter counter) {
        switch (transactions.getTransactionStatus()) {
            case Status.STATUS_NO_TRANSACTION -> counter.increment();
            case Status.STATUS_ACTIVE -> transactions.registerInterposedSynchronization(new CountOnCommit(counter));
            default -> {
                // Marked for rollback or already ending: this work will not stand.
            }
        }
    }

    private record CountOnCommit(Counter counter) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Nothing to do until the outcome is known.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                counter.increment();
            }
        }
    }
}
