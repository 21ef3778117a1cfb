package dev.rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedTokensTest {

    @Test
    void tokensAre43UrlSafeCharactersCarrying256Bits() {
        for (int i = 0; i < 200; i++) {
            String token = FeedTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(FeedTokens.wellFormed(token)).isTrue();
        }
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(FeedTokens.newToken())).isTrue();
        }
    }

    @Test
    void tokensUseTheWholeAlphabet() {
        // 2,000 tokens hold 86,000 characters: each of the 64 URL-safe characters shows up (and no other).
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            for (char c : FeedTokens.newToken().toCharArray()) {
                used.add(c);
            }
        }
        assertThat(used).hasSize(64);
    }

    @Test
    void onlyTheTokenShapeIsWellFormed() {
        String token = FeedTokens.newToken();
        assertThat(FeedTokens.wellFormed(null)).isFalse();
        assertThat(FeedTokens.wellFormed("")).isFalse();
        assertThat(FeedTokens.wellFormed(token.substring(1))).isFalse();
        assertThat(FeedTokens.wellFormed(token + "A")).isFalse();
        assertThat(FeedTokens.wellFormed(token + "=")).isFalse();
        assertThat(FeedTokens.wellFormed(" " + token.substring(1))).isFalse();
        assertThat(FeedTokens.wellFormed(token.substring(1) + "\n")).isFalse();
        assertThat(FeedTokens.wellFormed("+".repeat(43))).isFalse();
        assertThat(FeedTokens.wellFormed("/".repeat(43))).isFalse();
        assertThat(FeedTokens.wellFormed("ä".repeat(43))).isFalse();
        assertThat(FeedTokens.wellFormed("../../".repeat(7) + "x")).isFalse();
        assertThat(FeedTokens.wellFormed("A".repeat(43))).isTrue();
        assertThat(FeedTokens.wellFormed("-_".repeat(21) + "z")).isTrue();
    }

    @Test
    void hashIsSha256OfTheTokenText() {
        // FIPS 180-2 test vector for "abc".
        assertThat(HexFormat.of().formatHex(FeedTokens.hash("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashIsDeterministicAndDiffersBetweenTokens() {
        String token = FeedTokens.newToken();
        String other = FeedTokens.newToken();
        assertThat(FeedTokens.hash(token)).hasSize(32).isEqualTo(FeedTokens.hash(new String(token)));
        assertThat(FeedTokens.hash(token)).isNotEqualTo(FeedTokens.hash(other));
        assertThat(new String(FeedTokens.hash(token), StandardCharsets.ISO_8859_1))
                .doesNotContain(token);
        // One character changed is a different hash.
        String changed = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThat(FeedTokens.hash(changed)).isNotEqualTo(FeedTokens.hash(token));
    }
}
