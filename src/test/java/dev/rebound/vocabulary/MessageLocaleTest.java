package dev.rebound.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageLocaleTest {

    @Test
    void tagsAreTheLanguageCodes() {
        assertThat(MessageLocale.EN.tag()).isEqualTo("en");
        assertThat(MessageLocale.ES.tag()).isEqualTo("es");
        assertThat(MessageLocale.PT.tag()).isEqualTo("pt");
        assertThat(MessageLocale.supportedTags()).isEqualTo("en, es, de, fr, pt");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "es,         ES",
        "es-MX,      ES",
        "es-419,     ES",
        "ES,         ES",
        "Es-mX,      ES",
        "en,         EN",
        "en-GB,      EN",
        "en-US,      EN",
        "EN-gb,      EN",
        "en-Latn-US, EN",
        "de,         DE",
        "de-AT,      DE",
        "fr-CA,      FR",
        "pt,         PT",
        "pt-BR,      PT",
        "pt-PT,      PT",
    })
    void forTagMatchesOnTheLanguageIgnoringRegionAndCase(String tag, MessageLocale expected) {
        assertThat(MessageLocale.forTag(tag)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "it-IT", "nl", "ja-JP", "und"})
    void forTagIsEmptyForUnsupportedLanguages(String tag) {
        assertThat(MessageLocale.forTag(tag)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"e$", "es_MX", "-es", "es-", "english", "123", " es"})
    void forTagIsEmptyForMalformedOrNonsenseTags(String tag) {
        assertThat(MessageLocale.forTag(tag)).isEmpty();
    }

    @Test
    void forTagIsEmptyForAnEmptyTag() {
        assertThat(MessageLocale.forTag("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "es-MX,es;q=0.9,en;q=0.5    | ES",
                "fr-FR,fr;q=0.9,en;q=0.8    | FR",
                "it-IT,it;q=0.9,en;q=0.8    | EN",
                "pt-PT,pt;q=0.9,en;q=0.8    | PT",
                "en;q=0,es                  | ES",
                "es                         | ES",
                "en-US                      | EN",
                "ES-mx                      | ES",
                "es-MX, es;q=0.9, en;q=0.5  | ES",
                "es;q=0.5,en;q=0.9          | EN",
                "de,fr;q=0.9,es;q=0.1       | DE",
                "it,nl;q=0.9,es;q=0.1       | ES",
                "*;q=0.8,es;q=0.9           | ES",
            })
    void fromAcceptLanguagePicksTheBestSupportedLanguageByQuality(String header, MessageLocale expected) {
        assertThat(MessageLocale.fromAcceptLanguage(header)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "it-IT,nl;q=0.9", "en;q=0", "es;q=0,en;q=0", "???", "es;q=2", ";;;", " "})
    void fromAcceptLanguageIsEmptyWhenNothingSupportedOrHeaderInvalid(String header) {
        assertThat(MessageLocale.fromAcceptLanguage(header)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void fromAcceptLanguageIsEmptyForNullOrEmpty(String header) {
        assertThat(MessageLocale.fromAcceptLanguage(header)).isEmpty();
    }

    @Test
    void keepsTheValidEntriesOfAPartlyMalformedHeader() {
        assertThat(MessageLocale.fromAcceptLanguage("es-MX,???")).contains(MessageLocale.ES);
        assertThat(MessageLocale.fromAcceptLanguage("it;q=0.9, es;q=0.4, en;q=0.8"))
                .contains(MessageLocale.EN);
    }

    @Test
    void wildcardLendsItsWeightToLanguagesNotNamed() {
        assertThat(MessageLocale.fromAcceptLanguage("*")).contains(MessageLocale.EN);
        assertThat(MessageLocale.fromAcceptLanguage("es;q=0.5, *;q=0.9")).contains(MessageLocale.EN);
        assertThat(MessageLocale.fromAcceptLanguage("en;q=0, *")).contains(MessageLocale.ES);
    }

    @Test
    void answersEmptyForNoTag() {
        assertThat(MessageLocale.forTag(null)).isEmpty();
    }
}
