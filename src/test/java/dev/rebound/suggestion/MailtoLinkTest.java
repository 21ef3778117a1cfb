package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailtoLinkTest {

    /** Splits {@code mailto:to?subject=..&body=..} into its address and decoded query values. */
    private static Map<String, String> decodedParts(String link) {
        assertThat(link).startsWith("mailto:");
        String rest = link.substring("mailto:".length());
        int question = rest.indexOf('?');
        assertThat(question).as("query start in " + link).isNotNegative();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("to", URLDecoder.decode(rest.substring(0, question), StandardCharsets.UTF_8));
        for (String pair : rest.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            parts.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parts;
    }

    @Test
    void buildsAddressSubjectAndBody() {
        assertThat(MailtoLink.of("ana@example.com", "Thanks", "Hello"))
                .isEqualTo("mailto:ana@example.com?subject=Thanks&body=Hello");
    }

    @Test
    void encodesSpacesAsPercentTwentyNeverPlus() {
        String link = MailtoLink.of("ana@example.com", "Thank you for your time", "Dear Ana, thank you");

        assertThat(link)
                .isEqualTo(
                        "mailto:ana@example.com?subject=Thank%20you%20for%20your%20time&body=Dear%20Ana%2C%20thank%20you");
        assertThat(link).doesNotContain("+");
    }

    @Test
    void encodesNewlinesAsCrLf() {
        assertThat(MailtoLink.of(null, "S", "Line one\nLine two")).endsWith("&body=Line%20one%0D%0ALine%20two");
    }

    @Test
    void keepsExistingCrLfWithoutDoublingCarriageReturns() {
        assertThat(MailtoLink.of(null, "S", "a\r\nb\nc\n\nd")).endsWith("&body=a%0D%0Ab%0D%0Ac%0D%0A%0D%0Ad");
    }

    @Test
    void percentEncodesUtf8Bytes() {
        assertThat(MailtoLink.of(null, "María", "Señora Müller ✓"))
                .isEqualTo("mailto:?subject=Mar%C3%ADa&body=Se%C3%B1ora%20M%C3%BCller%20%E2%9C%93");
    }

    @Test
    void percentEncodesEmojiAsFourUtf8Bytes() {
        assertThat(MailtoLink.of(null, "🙂", "x")).isEqualTo("mailto:?subject=%F0%9F%99%82&body=x");
    }

    static Stream<Arguments> reservedCharacters() {
        return Stream.of(
                Arguments.of("&", "%26"),
                Arguments.of("?", "%3F"),
                Arguments.of("=", "%3D"),
                Arguments.of("#", "%23"),
                Arguments.of("%", "%25"),
                Arguments.of("+", "%2B"),
                Arguments.of(":", "%3A"),
                Arguments.of("/", "%2F"),
                Arguments.of(";", "%3B"),
                Arguments.of("@", "%40"),
                Arguments.of("'", "%27"),
                Arguments.of("\"", "%22"),
                Arguments.of(",", "%2C"),
                Arguments.of("<", "%3C"),
                Arguments.of(">", "%3E"));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @MethodSource("reservedCharacters")
    void encodesReservedCharactersInSubjectAndBody(String character, String encoded) {
        String link = MailtoLink.of(null, "a" + character + "b", "c" + character + "d");

        assertThat(link).isEqualTo("mailto:?subject=a" + encoded + "b&body=c" + encoded + "d");
    }

    @Test
    void keepsUnreservedCharactersAsTheyAre() {
        assertThat(MailtoLink.of(null, "AZaz09-._~", "x")).isEqualTo("mailto:?subject=AZaz09-._~&body=x");
    }

    @Test
    void keepsTheAtSignInTheAddress() {
        assertThat(MailtoLink.of("ana.lopez@example.com", "S", "B")).startsWith("mailto:ana.lopez@example.com?");
    }

    @Test
    void keepsPlusLiteralInTheAddressAsRfc6068Allows() {
        assertThat(MailtoLink.of("ana+jobs@example.com", "S", "B")).startsWith("mailto:ana+jobs@example.com?subject=");
        assertThat(MailtoLink.of("ana@example.com", "a+b", "c+d"))
                .isEqualTo("mailto:ana@example.com?subject=a%2Bb&body=c%2Bd");
    }

    @Test
    void nullRecipientOpensADraftWithoutAddress() {
        assertThat(MailtoLink.of(null, "Thanks", "Hi")).isEqualTo("mailto:?subject=Thanks&body=Hi");
    }

    @Test
    void decodingTheLinkGivesBackSubjectAndBodyWithCrLfLineBreaks() {
        String subject = "Re: Data Engineer & \"Analytics\" role? 100% + more #1 = María 🙂";
        String body =
                "Dear Ana,\n\nThank you for the interview on 3/6 — ¿qué tal?\nQ&A: a+b=c; 50% #done\n\nBest,\nJosé";

        String link = MailtoLink.of("ana@example.com", subject, body);

        assertThat(link).doesNotContain("+", " ", "\n", "\r");
        Map<String, String> parts = decodedParts(link);
        assertThat(parts).containsOnlyKeys("to", "subject", "body");
        assertThat(parts.get("to")).isEqualTo("ana@example.com");
        assertThat(parts.get("subject")).isEqualTo(subject);
        assertThat(parts.get("body")).isEqualTo(body.replace("\n", "\r\n"));
    }

    @Test
    void decodingALinkWithoutRecipientGivesBackSubjectAndBody() {
        String link = MailtoLink.of(null, "a&b=c", "x\ny");

        assertThat(link).doesNotContain("+");
        Map<String, String> parts = decodedParts(link);
        assertThat(parts.get("to")).isEmpty();
        assertThat(parts.get("subject")).isEqualTo("a&b=c");
        assertThat(parts.get("body")).isEqualTo("x\r\ny");
    }

    @Test
    void emptySubjectAndBodyStayPresent() {
        assertThat(MailtoLink.of(null, "", "")).isEqualTo("mailto:?subject=&body=");
    }
}
