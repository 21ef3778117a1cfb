package dev.rebound.reminder;

import dev.rebound.api.model.CalendarFeed;
import dev.rebound.api.model.CalendarFeedStatus;
import dev.rebound.config.ReboundSettings;
import dev.rebound.db.StoredTime;
import dev.rebound.vocabulary.MessageLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates, rotates, describes and revokes an owner's calendar feed, and finds a feed by its token. */
@ApplicationScoped
public class CalendarFeedService {

    private final EntityManager entityManager;
    private final Clock clock;
    private final String publicBaseUrl;

    public CalendarFeedService(EntityManager entityManager, Clock clock, ReboundSettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.publicBaseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    /** A new secret for the owner's feed; the previous one, if any, stops working in the same statement. */
    @Transactional
    public CalendarFeed createOrRotate(String ownerId, MessageLocale locale) {
        String token = FeedTokens.newToken();
        Instant now = StoredTime.now(clock);
        entityManager
                .createNativeQuery(
                        "INSERT INTO calendar_feed (owner_id, token_hash, locale, created_at)"
                                + " VALUES (:owner, :hash, :locale, :now) ON CONFLICT (owner_id) DO UPDATE"
                                + " SET token_hash = excluded.token_hash, locale = excluded.locale, created_at = excluded.created_at")
                .setParameter("owner", ownerId)
                .setParameter("hash", FeedTokens.hash(token))
                .setParameter("locale", locale.tag())
                .setParameter("now", now)
                .executeUpdate();
        return new CalendarFeed()
                .url(publicBaseUrl + "/feeds/" + token + ".ics")
                .createdAt(now);
    }

    public CalendarFeedStatus status(String ownerId) {
        CalendarFeedEntity feed = entityManager.find(CalendarFeedEntity.class, ownerId);
        return feed == null
                ? new CalendarFeedStatus().exists(false).createdAt(null)
                : new CalendarFeedStatus().exists(true).createdAt(feed.createdAt);
    }

    /** @return whether there was a feed to revoke */
    @Transactional
    public boolean revoke(String ownerId) {
        return entityManager
                        .createQuery("DELETE FROM CalendarFeedEntity f WHERE f.ownerId = :owner")
                        .setParameter("owner", ownerId)
                        .executeUpdate()
                > 0;
    }

    /** The feed this token opens; empty for a token never issued, rotated away or revoked. */
    public Optional<CalendarFeedEntity> byToken(String token) {
        if (!FeedTokens.wellFormed(token)) {
            return Optional.empty();
        }
        List<CalendarFeedEntity> found = entityManager
                .createQuery("FROM CalendarFeedEntity f WHERE f.tokenHash = :hash", CalendarFeedEntity.class)
                .setParameter("hash", FeedTokens.hash(token))
                .getResultList();
        return found.stream().findFirst();
    }
}
