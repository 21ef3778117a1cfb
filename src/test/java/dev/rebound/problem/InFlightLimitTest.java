package dev.rebound.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightLimitTest {

    @Test
    void admitsUpToTheBoundThenRefusesUntilASlotIsReleased() {
        InFlightLimit limit = new InFlightLimit(2);
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();
        limit.release();
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.inFlight()).isEqualTo(2);
    }

    @Test
    void neverAdmitsMoreThanTheBoundUnderContention() throws Exception {
        InFlightLimit limit = new InFlightLimit(8);
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        for (int i = 0; i < 32; i++) {
            pool.submit(() -> {
                start.await();
                if (limit.tryAcquire()) {
                    admitted.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(admitted.get()).isEqualTo(8);
        assertThat(limit.inFlight()).isEqualTo(8);
    }

    @Test
    void refusesANonsensicalBound() {
        assertThatThrownBy(() -> new InFlightLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
