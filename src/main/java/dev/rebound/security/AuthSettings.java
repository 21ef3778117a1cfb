package dev.rebound.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rebound's own identity settings, beside the standard {@code mp.jwt.verify.*} ones that describe the default issuer.
 * Environment variables work for every key: {@code REBOUND_AUTH_ISSUERS_BOARDB_PUBLICKEY_LOCATION}, and so on.
 */
@ConfigMapping(prefix = "rebound.auth")
public interface AuthSettings {

    /** Accept tokens for any audience instead of refusing to start without {@code mp.jwt.verify.audiences}. */
    @WithDefault("false")
    boolean allowAnyAudience();

    /** Tokens remembered after their verification (see {@link VerifiedTokenCache}). */
    @WithDefault("4096")
    long verifiedTokenCacheSize();

    /** How long a verified token is trusted before it is checked again. */
    @WithDefault("PT5M")
    Duration verifiedTokenMaxAge();

    /** Further issuers, each a job board's identity provider, by a short name ({@code [a-z0-9]+}). */
    Map<String, Issuer> issuers();

    interface Issuer {

        /** The {@code iss} its tokens carry. */
        String issuer();

        /** Its verification key: a PEM, JWK or JWKS file or URL. */
        @WithName("publickey-location")
        String publicKeyLocation();

        /** The audiences a token of this issuer must name one of. */
        Optional<Set<String>> audiences();
    }
}
