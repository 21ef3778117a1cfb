package dev.rebound.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks the identity settings at start-up. Without an issuer and an audience, a token that the job board's
 * identity provider minted for any of its other apps would be accepted here, so the service refuses to
 * start; {@code rebound.auth.allow-any-audience=true} says on purpose that any audience will do. Further
 * issuers must be usable too (see {@link Issuers}). A missing key is only a warning: nothing is accepted
 * then, every request gets 401.
 */
public class IdentitySettingsCheck {

    private static final Logger LOG = Logger.getLogger(IdentitySettingsCheck.class);

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<Set<String>> audiences,
            AuthSettings settings) {
        List<String> missing = missing(
                issuer.isPresent(), audiences.isPresent() && !audiences.get().isEmpty(), settings.allowAnyAudience());
        if (!missing.isEmpty()) {
            refuse("Rebound will not start without " + String.join(" and ", missing) + ": set "
                    + (missing.size() == 1 ? "it" : "them") + " to what the identity provider puts in the tokens it"
                    + " issues for Rebound (iss, aud)"
                    + (missing.contains("MP_JWT_VERIFY_AUDIENCES")
                            ? ", or set REBOUND_AUTH_ALLOW_ANY_AUDIENCE=true to accept tokens for any audience"
                            : "")
                    + ".");
        }
        List<String> problems = Issuers.problems(issuer, settings);
        if (!problems.isEmpty()) {
            refuse("Rebound will not start: " + String.join(" ", problems));
        }
        if (keyLocation.isEmpty() && inlineKey.isEmpty()) {
            LOG.warn("No JWT verification key is configured: every /v1 request will be answered 401. "
                    + "Set MP_JWT_VERIFY_PUBLICKEY_LOCATION (PEM, JWK or JWKS file or URL).");
        }
    }

    @Produces
    @Singleton
    Issuers issuers(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer, AuthSettings settings) {
        return Issuers.of(issuer, settings);
    }

    private static void refuse(String message) {
        LOG.error(message);
        throw new ConfigurationException(message);
    }

    /** The settings, by their environment variable names, without which the service must not start. */
    static List<String> missing(boolean issuer, boolean audiences, boolean anyAudience) {
        List<String> missing = new ArrayList<>();
        if (!issuer) {
            missing.add("MP_JWT_VERIFY_ISSUER");
        }
        if (!audiences && !anyAudience) {
            missing.add("MP_JWT_VERIFY_AUDIENCES");
        }
        return missing;
    }
}
