package dev.rebound.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token parser Quarkus authenticates requests with: smallrye-jwt's own, with the tokens it has verified kept in a
 * {@link VerifiedTokenCache}. Verification itself (signature, issuer, audience, exp, nbf, subject) is unchanged: a
 * token reaches the cache only after the standard parser accepted it, and the forms of parsing Rebound does not use
 * for requests go straight to it.
 */
@Alternative
@Priority(1)
@Singleton
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser standard;
    private final VerifiedTokenCache verified;
    private final Clock clock;

    public CachingJwtParser(DefaultJWTParser standard, Clock clock,
            @ConfigProperty(name = "rebound.auth.verified-token-cache-size", defaultValue = "4096") long cacheSize,
            @ConfigProperty(name = "rebound.auth.verified-token-max-age", defaultValue = "PT5M") Duration maxAge) {
        this.standard = standard;
        this.clock = clock;
        this.verified = new VerifiedTokenCache(cacheSize, maxAge, Ticker.systemTicker());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.find(token).orElse(null);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = standard.parse(token);
        verified.remember(token, fresh, clock.instant().getEpochSecond());
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return standard.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return standard.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return standard.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return standard.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return standard.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return standard.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return standard.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return standard.parseOnly(token);
    }
}
