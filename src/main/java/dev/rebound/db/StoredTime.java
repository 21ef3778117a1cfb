package dev.rebound.db;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL keeps them. */
public final class StoredTime {

    private StoredTime() {}

    /** Now, to the microsecond: what an answer shows then equals what a later read returns. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
