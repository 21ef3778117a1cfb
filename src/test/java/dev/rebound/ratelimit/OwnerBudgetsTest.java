package dev.rebound.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.ratelimit.OwnerBudgets.Outcome;
import dev.rebound.ratelimit.OwnerBudgets.Policy;
import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OwnerBudgetsTest {

    private long now = 0;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final OwnerBudgets budgets = new OwnerBudgets(30, 300, 1000, clock);

    @Test
    void aFreshOwnerMaySpendAWholeMinuteAtOnce() {
        for (int i = 29; i >= 0; i--) {
            Outcome spent = budgets.spend("alice", Policy.WRITES);
            assertThat(spent.allowed()).isTrue();
            assertThat(spent.remaining()).isEqualTo(i);
        }
        Outcome refused = budgets.spend("alice", Policy.WRITES);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).as("one write every 2 s").isEqualTo(2);
        assertThat(refused.fullInSeconds()).isEqualTo(60);
    }

    @Test
    void refillsEvenlyAndARefusalSpendsNothing() {
        for (int i = 0; i < 30; i++) {
            budgets.spend("alice", Policy.WRITES);
        }
        assertThat(budgets.spend("alice", Policy.WRITES).allowed()).isFalse();
        assertThat(budgets.spend("alice", Policy.WRITES).allowed()).isFalse();
        now += TimeUnit.SECONDS.toNanos(2);
        assertThat(budgets.spend("alice", Policy.WRITES).allowed())
                .as("refused attempts took nothing")
                .isTrue();
        assertThat(budgets.spend("alice", Policy.WRITES).allowed()).isFalse();
    }

    @Test
    void policiesAndOwnersHaveBudgetsOfTheirOwn() {
        for (int i = 0; i < 30; i++) {
            budgets.spend("alice", Policy.WRITES);
        }
        assertThat(budgets.spend("alice", Policy.WRITES).allowed()).isFalse();
        assertThat(budgets.spend("alice", Policy.READS).remaining()).isEqualTo(299);
        assertThat(budgets.spend("bob", Policy.WRITES).remaining()).isEqualTo(29);
    }
}
