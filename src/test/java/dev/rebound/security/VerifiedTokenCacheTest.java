package dev.rebound.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final long NOW = 1_800_000_000L;

    private final AtomicLong nanos = new AtomicLong(0);

    private VerifiedTokenCache cache(long size, Duration maxAge) {
        return new VerifiedTokenCache(size, maxAge, nanos::get);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    /** Just enough of a token for the cache: a subject and an expiry. */
    private static JsonWebToken expiringAt(long exp) {
        Map<String, Object> claims = Map.of("sub", "owner", "exp", exp);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "owner";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    @Test
    void servesARememberedTokenUntilItExpires() {
        VerifiedTokenCache cache = cache(100, Duration.ofHours(1));
        JsonWebToken token = expiringAt(NOW + 60);
        cache.remember("raw", token, NOW);

        advance(Duration.ofSeconds(59));
        assertThat(cache.find("raw")).containsSame(token);
        advance(Duration.ofSeconds(1));
        assertThat(cache.find("raw")).isEmpty();
    }

    @Test
    void checksAgainAfterTheMaximumAgeEvenWhenTheTokenLivesLonger() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.remember("raw", expiringAt(NOW + 86_400), NOW);

        advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(cache.find("raw")).isPresent();
        advance(Duration.ofSeconds(1));
        assertThat(cache.find("raw")).isEmpty();
    }

    @Test
    void neverRemembersATokenThatHasAlreadyExpired() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.remember("expired", expiringAt(NOW - 1), NOW);
        cache.remember("expiring-now", expiringAt(NOW), NOW);

        assertThat(cache.find("expired")).isEmpty();
        assertThat(cache.find("expiring-now")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void knowsOnlyTheExactTokenItWasGiven() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        cache.remember("header.payload.signature", expiringAt(NOW + 600), NOW);

        assertThat(cache.find("header.payload.signaturf")).isEmpty();
        assertThat(cache.find("header.payload.signature ")).isEmpty();
    }

    @Test
    void keepsNoMoreThanItsMaximumSize() {
        VerifiedTokenCache cache = cache(10, Duration.ofMinutes(5));
        for (int i = 0; i < 1_000; i++) {
            cache.remember("token-" + i, expiringAt(NOW + 600), NOW);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(10);
    }
}
