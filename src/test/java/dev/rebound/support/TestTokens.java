package dev.rebound.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.UUID;

/** Signs test tokens with the dev-only key pair kept in the repository. */
public final class TestTokens {

    public static final String ISSUER = "https://rebound.dev/dev-issuer";
    /** The audience dev mode and the tests expect (mp.jwt.verify.audiences), as dev/token.sh puts it. */
    public static final String AUDIENCE = "rebound-dev";

    public static final Path PUBLIC_KEY = Path.of("dev/jwt/publicKey.pem");
    static final Path PRIVATE_KEY = Path.of("dev/jwt/privateKey.pem");

    private static PrivateKey privateKey;

    private TestTokens() {}

    /** A fresh owner id, so that tests never see each other's records. */
    public static String newOwner() {
        return "user-" + UUID.randomUUID();
    }

    public static String tokenFor(String subject) {
        return claimsFor(subject).sign(privateKey());
    }

    /** Valid claims for a subject, to adjust before signing. */
    public static JwtClaimsBuilder claimsFor(String subject) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .issuedAt(Instant.now())
                .expiresIn(3600);
    }

    public static synchronized PrivateKey privateKey() {
        if (privateKey == null) {
            try {
                privateKey = KeyUtils.decodePrivateKey(Files.readString(PRIVATE_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return privateKey;
    }
}
