package dev.rebound.idempotency;

import dev.rebound.config.ReboundSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Deletes idempotency keys past their 24 hours in the background, in small batches that each commit alone,
 * so that no request pays for another owner's clean-up and no long delete holds locks. Every replica runs it;
 * {@code SKIP LOCKED} lets them share the work instead of queueing on each other.
 */
@ApplicationScoped
public class ExpiredKeyPurge {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ExpiredKeyPurge.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration every;
    private ScheduledExecutorService executor;

    public ExpiredKeyPurge(EntityManager entityManager, Clock clock, ReboundSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.every = settings.idempotency().purgeInterval();
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-key-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::purgeQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Deletes every expired key, a batch per transaction; returns how many went. */
    public int purge() {
        OffsetDateTime expired =
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minus(IdempotencyKeys.RETENTION);
        int total = 0;
        while (true) {
            int deleted = QuarkusTransaction.requiringNew()
                    .call(() -> entityManager
                            .createNativeQuery(
                                    "DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key"
                                            + " WHERE created_at < :expired LIMIT " + BATCH
                                            + " FOR UPDATE SKIP LOCKED)")
                            .setParameter("expired", expired)
                            .executeUpdate());
            total += deleted;
            if (deleted < BATCH) {
                return total;
            }
        }
    }

    private void purgeQuietly() {
        try {
            int purged = purge();
            if (purged > 0) {
                LOG.debugf("Purged %d expired idempotency keys", purged);
            }
        } catch (RuntimeException e) {
            // The database may be away for a while; the next round tries again.
            LOG.warnf("Purging expired idempotency keys failed: %s", e.getMessage());
        }
    }
}
