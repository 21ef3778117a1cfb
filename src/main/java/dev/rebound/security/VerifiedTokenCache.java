package dev.rebound.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that passed verification, each remembered until the earlier of its own {@code exp} and a maximum
 * age, and at most {@code maximumSize} of them. A client sends the same token on every request, and checking its
 * RSA signature and parsing its claims again each time was the largest single cost of a read. Only tokens that
 * passed are kept: a refused token is checked afresh every time. Plain Java, so unit tests drive it with a fake clock.
 */
public final class VerifiedTokenCache {

    private final Cache<String, Verified> verified;

    /** A token and how long it had left until its {@code exp} when it was verified. */
    private record Verified(JsonWebToken token, Duration lifetime) {}

    /**
     * @param maximumSize tokens kept at most; the least used go first
     * @param maximumAge how long a token is trusted without a fresh check, however late its {@code exp}
     * @param ticker the clock, in nanoseconds ({@link Ticker#systemTicker()} outside tests)
     */
    public VerifiedTokenCache(long maximumSize, Duration maximumAge, Ticker ticker) {
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(ticker)
                // Set on each write; reading a token does not extend its time.
                .expireAfter(Expiry.writing((String rawToken, Verified value) ->
                        value.lifetime().compareTo(maximumAge) < 0 ? value.lifetime() : maximumAge))
                .build();
    }

    /** The verified token for this raw string, if it was verified before and has not expired since. */
    public Optional<JsonWebToken> find(String rawToken) {
        // Caffeine never returns an entry whose time is up, even before it has evicted it.
        return Optional.ofNullable(verified.getIfPresent(rawToken)).map(Verified::token);
    }

    /** Remembers a token that has just passed verification, until its {@code exp} (seconds since the epoch). */
    public void remember(String rawToken, JsonWebToken token, long nowEpochSeconds) {
        long secondsLeft = token.getExpirationTime() - nowEpochSeconds;
        if (secondsLeft > 0) {
            verified.put(rawToken, new Verified(token, Duration.ofSeconds(secondsLeft)));
        }
    }

    /** Tokens kept right now (after pending evictions); for tests. */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
