package dev.rebound.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token parser Quarkus authenticates requests with: smallrye-jwt's own, with the tokens it has verified kept in a
 * {@link VerifiedTokenCache}. Verification itself (signature, issuer, audience, exp, nbf, subject) is unchanged: a
 * token reaches the cache only after the standard parser accepted it, and the forms of parsing Rebound does not use
 * for requests are the standard parser's own, inherited.
 *
 * <p>A token whose {@code iss} names one of the further issuers ({@code rebound.auth.issuers}) is verified by a
 * standard parser of that issuer's own, with its key and audiences; every other token by the default one, which
 * refuses any issuer but its own. Each parser keeps its key resolver, so a JWKS is fetched once and refreshed on
 * smallrye-jwt's schedule (or sooner for a key id it does not know), not per token. No token stays trusted longer
 * than that refresh interval, so a key taken out of a JWKS stops working within it.
 */
@Alternative
@Priority(1)
@Singleton
public class CachingJwtParser extends DefaultJWTParser {

    private final Map<String, JWTParser> furtherIssuers = new HashMap<>();
    private final VerifiedTokenCache verified;
    private final Clock clock;

    public CachingJwtParser(
            JWTAuthContextInfo defaults, JWTCallerPrincipalFactory principals, AuthSettings settings, Clock clock) {
        super(defaults, principals);
        this.clock = clock;
        settings.issuers().values().forEach(issuer -> furtherIssuers.put(issuer.issuer(), parserOf(issuer, defaults)));
        Duration jwksRefresh =
                Duration.ofMinutes(defaults.getJwksRefreshInterval() == null ? 60 : defaults.getJwksRefreshInterval());
        Duration maxAge = settings.verifiedTokenMaxAge().compareTo(jwksRefresh) < 0
                ? settings.verifiedTokenMaxAge()
                : jwksRefresh;
        this.verified = new VerifiedTokenCache(settings.verifiedTokenCacheSize(), maxAge, Ticker.systemTicker());
    }

    /** A standard parser of its own for a further issuer: the default settings, with this issuer's key and audiences. */
    static JWTParser parserOf(AuthSettings.Issuer issuer, JWTAuthContextInfo defaults) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(defaults);
        context.setIssuedBy(issuer.issuer());
        context.setPublicKeyContent(null);
        context.setPublicVerificationKey(null);
        context.setPublicKeyLocation(issuer.publicKeyLocation());
        context.setExpectedAudience(issuer.audiences().orElse(null));
        // Its own factory, so that its key resolver (and JWKS cache) is its own.
        return new DefaultJWTParser(context, new DefaultJWTCallerPrincipalFactory());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.find(token).orElse(null);
        if (known != null) {
            return known;
        }
        JWTParser further = furtherIssuers.isEmpty()
                ? null
                : Issuers.claimedIssuer(token).map(furtherIssuers::get).orElse(null);
        JsonWebToken fresh = further == null ? super.parse(token) : further.parse(token);
        verified.remember(token, fresh, clock.instant().getEpochSecond());
        return fresh;
    }
}
