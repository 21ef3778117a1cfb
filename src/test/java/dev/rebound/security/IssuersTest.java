package dev.rebound.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssuersTest {

    static final Optional<String> DEFAULT = Optional.of("https://rebound.dev/dev-issuer");
    static final String BOARD_B = "https://idp.board-b.example/";

    @Test
    void ownersOfTheDefaultIssuerStayTheBareSubject() {
        Issuers issuers = Issuers.of(DEFAULT, settings(Map.of("boardb", issuer(BOARD_B, "rebound-b")), false));
        assertThat(issuers.ownerOf(DEFAULT.get(), "alice")).contains("alice");
    }

    @Test
    void ownersOfAFurtherIssuerAreTheIssuerAndTheSubject() {
        Issuers issuers = Issuers.of(DEFAULT, settings(Map.of("boardb", issuer(BOARD_B, "rebound-b")), false));
        assertThat(issuers.ownerOf(BOARD_B, "alice"))
                .contains(BOARD_B + Issuers.SEPARATOR + "alice")
                .isNotEqualTo(issuers.ownerOf(DEFAULT.get(), "alice"));
    }

    @Test
    void aSubjectWithAControlCharacterCannotPassForAnotherIssuersOwner() {
        Issuers issuers = Issuers.of(DEFAULT, settings(Map.of("boardb", issuer(BOARD_B, "rebound-b")), false));
        assertThat(issuers.ownerOf(DEFAULT.get(), BOARD_B + Issuers.SEPARATOR + "alice"))
                .isEmpty();
        assertThat(issuers.ownerOf(DEFAULT.get(), "line\nbreak")).isEmpty();
        assertThat(issuers.ownerOf(DEFAULT.get(), " ")).isEmpty();
        assertThat(issuers.ownerOf(DEFAULT.get(), null)).isEmpty();
    }

    @Test
    void labelsIssuersForMetricsWithABoundedSet() {
        Issuers issuers = Issuers.of(DEFAULT, settings(Map.of("boardb", issuer(BOARD_B, "rebound-b")), false));
        assertThat(issuers.label(DEFAULT.get())).isEqualTo("default");
        assertThat(issuers.label(BOARD_B)).isEqualTo("boardb");
        assertThat(issuers.label("https://made-up.example/")).isEqualTo("unknown");
        assertThat(issuers.label(null)).isEqualTo("unknown");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThat(Issuers.problems(DEFAULT, settings(Map.of("Board_B", issuer(BOARD_B, "rebound-b")), false)))
                .singleElement()
                .asString()
                .contains("rebound.auth.issuers.Board_B", "a-z and 0-9");
        assertThat(Issuers.problems(
                        DEFAULT,
                        settings(Map.of("boardb", issuer(BOARD_B, "b"), "boardc", issuer(BOARD_B, "c")), false)))
                .singleElement()
                .asString()
                .contains("rebound.auth.issuers.boardc.issuer repeats", "boardb");
        assertThat(Issuers.problems(DEFAULT, settings(Map.of("again", issuer(DEFAULT.get(), "b")), false)))
                .singleElement()
                .asString()
                .contains("MP_JWT_VERIFY_ISSUER");
        assertThat(Issuers.problems(DEFAULT, settings(Map.of("boardb", issuer(BOARD_B, null)), false)))
                .singleElement()
                .asString()
                .contains("rebound.auth.issuers.boardb.audiences");
        assertThat(Issuers.problems(DEFAULT, settings(Map.of("boardb", issuer(BOARD_B, null)), true)))
                .isEmpty();
        assertThatThrownBy(() -> Issuers.of(DEFAULT, settings(Map.of("Bad", issuer(BOARD_B, "b")), false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheClaimedIssuerWithoutTrustingIt() {
        assertThat(Issuers.claimedIssuer(token("{\"iss\":\"" + BOARD_B + "\",\"sub\":\"a\"}")))
                .contains(BOARD_B);
        assertThat(Issuers.claimedIssuer(token("{\"sub\":\"a\"}"))).isEmpty();
        assertThat(Issuers.claimedIssuer(token("{\"iss\":42}"))).isEmpty();
        assertThat(Issuers.claimedIssuer(token("not json"))).isEmpty();
        assertThat(Issuers.claimedIssuer("no-dots")).isEmpty();
        assertThat(Issuers.claimedIssuer("a.%%%.c")).isEmpty();
        assertThat(Issuers.claimedIssuer(null)).isEmpty();
    }

    private static String token(String payload) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    private static AuthSettings.Issuer issuer(String iss, String audience) {
        return new AuthSettings.Issuer() {
            @Override
            public String issuer() {
                return iss;
            }

            @Override
            public String publicKeyLocation() {
                return "keys/" + iss.hashCode() + ".pem";
            }

            @Override
            public Optional<Set<String>> audiences() {
                return Optional.ofNullable(audience).map(Set::of);
            }
        };
    }

    private static AuthSettings settings(Map<String, AuthSettings.Issuer> issuers, boolean anyAudience) {
        return new AuthSettings() {
            @Override
            public boolean allowAnyAudience() {
                return anyAudience;
            }

            @Override
            public long verifiedTokenCacheSize() {
                return 16;
            }

            @Override
            public Duration verifiedTokenMaxAge() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Map<String, AuthSettings.Issuer> issuers() {
                return issuers;
            }
        };
    }
}
