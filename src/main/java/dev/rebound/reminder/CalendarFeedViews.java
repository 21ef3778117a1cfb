package dev.rebound.reminder;

import java.net.URI;
import java.time.Instant;

/** What the calendar feed operations answer. */
public final class CalendarFeedViews {

    private CalendarFeedViews() {}

    /** The feed's address, shown once: only its hash is kept. */
    public record Created(URI url, Instant createdAt) {}

    /** Whether the owner has a feed; never its address. */
    public record Status(boolean exists, Instant createdAt) {}
}
