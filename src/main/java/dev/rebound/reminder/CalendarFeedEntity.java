package dev.rebound.reminder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An owner's calendar feed: the hash of its secret token, and the language of its events. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeedEntity {

    @Id
    public String ownerId;

    public byte[] tokenHash;

    public String locale;

    public Instant createdAt;
}
