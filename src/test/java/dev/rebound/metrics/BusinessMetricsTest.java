package dev.rebound.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.PlanAction;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting only work that stands: at once outside a transaction, on commit inside one, never on rollback. */
class BusinessMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FakeTransactions transactions = new FakeTransactions();
    private final BusinessMetrics metrics = new BusinessMetrics(registry, transactions);

    private double recorded() {
        return registry.get("rebound.rejections.recorded").counter().count();
    }

    private double done(PlanAction action) {
        return registry.get("rebound.plan.steps.done")
                .tag("action", action.name())
                .counter()
                .count();
    }

    @Test
    void countsAtOnceOutsideATransaction() {
        metrics.suggestionsGenerated();
        metrics.suggestionsGenerated();
        assertThat(registry.get("rebound.suggestions.generated").counter().count())
                .isEqualTo(2);
    }

    @Test
    void countsWorkInATransactionOnlyOnceItCommits() {
        transactions.status = Status.STATUS_ACTIVE;
        metrics.rejectionRecorded();
        metrics.planStepDone(PlanAction.REFLECT);
        assertThat(recorded()).isZero();
        assertThat(done(PlanAction.REFLECT)).isZero();

        transactions.complete(Status.STATUS_COMMITTED);
        assertThat(recorded()).isEqualTo(1);
        assertThat(done(PlanAction.REFLECT)).isEqualTo(1);
        assertThat(done(PlanAction.CONNECT)).isZero();
    }

    @Test
    void countsNothingForWorkThatRollsBack() {
        transactions.status = Status.STATUS_ACTIVE;
        metrics.rejectionRecorded();
        transactions.complete(Status.STATUS_ROLLEDBACK);
        assertThat(recorded()).isZero();

        transactions.status = Status.STATUS_MARKED_ROLLBACK;
        metrics.rejectionRecorded();
        assertThat(transactions.registered).isEmpty();
        assertThat(recorded()).isZero();
    }

    @Test
    void everyStepActionHasItsSeriesFromTheStart() {
        for (PlanAction action : PlanAction.values()) {
            assertThat(done(action)).as(action.name()).isZero();
        }
    }

    /** Just enough of a transaction: a status, and the synchronizations registered while it runs. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        final List<Synchronization> registered = new ArrayList<>();

        void complete(int outcome) {
            registered.forEach(Synchronization::beforeCompletion);
            registered.forEach(sync -> sync.afterCompletion(outcome));
            registered.clear();
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
