package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rebound.api.model.Tone;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import dev.rebound.vocabulary.MessageLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionOptionsTest {

    private static ProblemException rejected(
            String tone, String locale, String senderName, String acceptLanguage, String nameClaim) {
        ProblemException problem = catchThrowableOfType(
                ProblemException.class,
                () -> SuggestionOptions.resolve(tone, locale, senderName, acceptLanguage, nameClaim));
        assertThat(problem).as("expected a ProblemException").isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        return problem;
    }

    @Test
    void defaultsToWarmEnglishWithoutSignature() {
        SuggestionOptions options = SuggestionOptions.resolve(null, null, null, null, null);

        assertThat(options).isEqualTo(new SuggestionOptions(Tone.WARM, MessageLocale.EN, null));
        assertThat(options).isEqualTo(SuggestionOptions.DEFAULT);
    }

    @Test
    void emptyToneAndLocaleCountAsAbsent() {
        assertThat(SuggestionOptions.resolve("", "", null, null, null)).isEqualTo(SuggestionOptions.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void explicitToneIsUsed(Tone tone) {
        assertThat(SuggestionOptions.resolve(tone.name(), null, null, null, null)
                        .tone())
                .isEqualTo(tone);
    }

    @Test
    void unknownToneIsRejectedNamingTone() {
        ProblemException problem = rejected("CHEERFUL", null, null, null, null);

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("tone");
        assertThat(problem.errors().get(0).message()).contains("WARM", "FORMAL", "BRIEF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warm", "Warm", "formal", " WARM", "WARM ", " "})
    void toneMustBeAnExactUpperCaseEnumName(String tone) {
        assertThat(rejected(tone, null, null, null, null).errors())
                .extracting(FieldError::field)
                .containsExactly("tone");
    }

    @Test
    void explicitLocaleIsUsed() {
        assertThat(SuggestionOptions.resolve(null, "es-MX", null, null, null).locale())
                .isEqualTo(MessageLocale.ES);
    }

    @Test
    void explicitLocaleWinsOverAcceptLanguage() {
        assertThat(SuggestionOptions.resolve(null, "en", null, "es-MX,es;q=0.9", null)
                        .locale())
                .isEqualTo(MessageLocale.EN);
        assertThat(SuggestionOptions.resolve(null, "es", null, "en-GB,en;q=0.9", null)
                        .locale())
                .isEqualTo(MessageLocale.ES);
    }

    @Test
    void acceptLanguageIsUsedWithoutExplicitLocale() {
        assertThat(SuggestionOptions.resolve(null, null, null, "es-MX,es;q=0.9,en;q=0.5", null)
                        .locale())
                .isEqualTo(MessageLocale.ES);
        assertThat(SuggestionOptions.resolve(null, "", null, "it-IT,es;q=0.5", null)
                        .locale())
                .isEqualTo(MessageLocale.ES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "nl-NL", "*", "???"})
    void unsupportedOrInvalidAcceptLanguageFallsBackToEnglishWithoutError(String acceptLanguage) {
        assertThat(SuggestionOptions.resolve(null, null, null, acceptLanguage, null)
                        .locale())
                .isEqualTo(MessageLocale.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "it-IT", "e$", "es_MX", "english"})
    void unsupportedOrMalformedLocaleIsRejectedNamingLocale(String locale) {
        ProblemException problem = rejected(null, locale, null, "es", null);

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("locale");
        assertThat(problem.errors().get(0).message()).contains("en, es, de, fr, pt");
    }

    @Test
    void badToneAndBadLocaleAreReportedTogether() {
        ProblemException problem = rejected("LOUD", "it", null, null, null);

        assertThat(problem.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("tone", "locale");
    }

    @Test
    void everyBadOptionIsReportedInOneException() {
        ProblemException problem = rejected("LOUD", "it", "x".repeat(101), null, "Ana");

        assertThat(problem.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("tone", "locale", "senderName");
    }

    @Test
    void senderNameIsUsedAsSignature() {
        assertThat(SuggestionOptions.resolve(null, null, "María José", null, "Token Name")
                        .senderName())
                .isEqualTo("María José");
    }

    @Test
    void senderNameOfOneHundredCodePointsIsAccepted() {
        String name = "a".repeat(100);

        assertThat(SuggestionOptions.resolve(null, null, name, null, null).senderName())
                .isEqualTo(name);
    }

    @Test
    void senderNameOverOneHundredCodePointsIsRejectedNamingSenderName() {
        ProblemException problem = rejected(null, null, "a".repeat(101), null, "Ana");

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("senderName");
        assertThat(problem.errors().get(0).message()).contains("100");
    }

    @Test
    void senderNameLengthCountsCodePointsNotChars() {
        String hundredEmoji = "😀".repeat(100);
        assertThat(hundredEmoji).hasSize(200);

        assertThat(SuggestionOptions.resolve(null, null, hundredEmoji, null, null)
                        .senderName())
                .isEqualTo(hundredEmoji);
        assertThat(rejected(null, null, hundredEmoji + "😀", null, null).errors())
                .extracting(FieldError::field)
                .containsExactly("senderName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\uD83Db", "\uDE00"})
    void senderNameWithUnsafeCharactersIsRejected(String senderName) {
        assertThat(rejected(null, null, senderName, null, "Ana").errors())
                .extracting(FieldError::field)
                .containsExactly("senderName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u2007\u202F", "\u3000"})
    void blankSenderNameFallsBackToNameClaim(String blank) {
        assertThat(SuggestionOptions.resolve(null, null, blank, null, "Ana López")
                        .senderName())
                .isEqualTo("Ana López");
    }

    @Test
    void absentSenderNameFallsBackToNameClaim() {
        assertThat(SuggestionOptions.resolve(null, null, null, null, "Ana López")
                        .senderName())
                .isEqualTo("Ana López");
    }

    @Test
    void noSenderNameAndNoNameClaimMeansNoSignature() {
        assertThat(SuggestionOptions.resolve(null, null, null, null, null).senderName())
                .isNull();
        assertThat(SuggestionOptions.resolve(null, null, " ", null, null).senderName())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u00A0"})
    void blankNameClaimGivesNoSignature(String blankClaim) {
        assertThat(SuggestionOptions.resolve(null, null, null, null, blankClaim).senderName())
                .isNull();
    }

    @Test
    void unsafeNameClaimIsIgnoredRatherThanRejected() {
        assertThat(SuggestionOptions.resolve(null, null, null, null, "a\u0000b").senderName())
                .isNull();
    }

    @Test
    void resolvesAllOptionsTogether() {
        assertThat(SuggestionOptions.resolve("BRIEF", "es-AR", "Ana", "en", "Claim"))
                .isEqualTo(new SuggestionOptions(Tone.BRIEF, MessageLocale.ES, "Ana"));
    }

    @Test
    void signsWithoutANameWhenTheNameClaimIsTooLong() {
        assertThat(SuggestionOptions.resolve(null, null, null, null, "n".repeat(101))
                        .senderName())
                .isNull();
        assertThat(SuggestionOptions.resolve(null, null, null, null, "n".repeat(100))
                        .senderName())
                .hasSize(100);
    }
}
