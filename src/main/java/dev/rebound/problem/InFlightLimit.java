package dev.rebound.problem;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts work in flight against a bound, without ever blocking. */
final class InFlightLimit {

    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();

    InFlightLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("The bound must be at least 1, was " + max);
        }
        this.max = max;
    }

    /** Takes a slot if one is free; a caller that got one must {@link #release()} it exactly once. */
    boolean tryAcquire() {
        while (true) {
            int current = inFlight.get();
            if (current >= max) {
                return false;
            }
            if (inFlight.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }
}
