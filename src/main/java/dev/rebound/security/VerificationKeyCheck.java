package dev.rebound.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says at start-up, rather than on every 401, that no token can be verified because no key is configured. */
public class VerificationKeyCheck {

    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class);

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
        if (keyLocation.isEmpty() && inlineKey.isEmpty()) {
            LOG.warn("No JWT verification key is configured: every /v1 request will be answered 401. "
                    + "Set MP_JWT_VERIFY_PUBLICKEY_LOCATION (PEM, JWK or JWKS file or URL) and MP_JWT_VERIFY_ISSUER.");
        } else if (issuer.isEmpty()) {
            LOG.warn("MP_JWT_VERIFY_ISSUER is not set: tokens from any issuer signed with the configured key are accepted.");
        }
    }
}
