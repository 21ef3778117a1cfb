package dev.rebound.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rebound.api.model.VocabularyLabel;
import dev.rebound.vocabulary.MessageLocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VocabularyCatalogTest {

    private static final VocabularyCatalog CATALOG = new VocabularyCatalog();

    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void labelsEveryValueOfEveryVocabularyInTheirOwnOrder(MessageLocale locale) {
        Map<String, List<VocabularyLabel>> vocabularies = CATALOG.in(locale).byName();
        assertThat(CATALOG.in(locale).answer().getLocale()).hasToString(locale.tag());
        assertThat(vocabularies).containsOnlyKeys(VocabularyCatalog.VALUES.keySet());
        VocabularyCatalog.VALUES.forEach((vocabulary, values) -> {
            List<VocabularyLabel> labels = vocabularies.get(vocabulary);
            assertThat(labels)
                    .extracting(VocabularyLabel::getValue)
                    .as(vocabulary)
                    .containsExactlyElementsOf(values);
            assertThat(labels)
                    .extracting(VocabularyLabel::getLabel)
                    .as(vocabulary)
                    .allSatisfy(label -> assertThat(label)
                            .isNotBlank()
                            .isEqualTo(label.strip())
                            .doesNotContain("\n"))
                    .doesNotHaveDuplicates();
        });
    }

    @Test
    void keepsTheVocabulariesInFormOrder() {
        assertThat(CATALOG.in(MessageLocale.EN).byName().keySet())
                .containsExactly(
                        "stageReached",
                        "interviewFormat",
                        "notifiedVia",
                        "reason",
                        "status",
                        "action",
                        "stepStatus",
                        "improvementAreas",
                        "category",
                        "tone",
                        "importStatus",
                        "locale");
    }

    @Test
    void labelsAreWrittenInTheirLanguage() {
        assertThat(label(MessageLocale.EN, "stageReached", "FINAL_INTERVIEW")).isEqualTo("Final interview");
        assertThat(label(MessageLocale.ES, "stageReached", "FINAL_INTERVIEW")).isEqualTo("Entrevista final");
        assertThat(label(MessageLocale.ES, "notifiedVia", "EMAIL")).isEqualTo("Correo electrónico");
        assertThat(label(MessageLocale.ES, "locale", "es")).isEqualTo("Español");
        assertThat(label(MessageLocale.EN, "locale", "es")).isEqualTo("Spanish");
        // Every Spanish label but proper names and shared words differs from the English one.
        long same = VocabularyCatalog.VALUES.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream()
                        .filter(value -> label(MessageLocale.EN, entry.getKey(), value)
                                .equals(label(MessageLocale.ES, entry.getKey(), value))))
                .count();
        assertThat(same).isLessThanOrEqualTo(2); // LinkedIn, Formal
    }

    @Test
    void aMissingLabelStopsTheCatalogNamingIt() {
        Map<String, String> labels = new HashMap<>(VocabularyCatalog.labelsFromClasspath(MessageLocale.EN));
        labels.remove("stageReached.OFFER");
        labels.put("reason.OTHER", "  ");
        assertThatThrownBy(() -> new VocabularyCatalog(locale -> labels))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no label for stageReached.OFFER")
                .hasMessageContaining("no label for reason.OTHER");
    }

    @Test
    void aLabelForNoValueStopsTheCatalogNamingIt() {
        Map<String, String> labels = new HashMap<>(VocabularyCatalog.labelsFromClasspath(MessageLocale.EN));
        labels.put("stageReached.HIRED", "Hired");
        assertThatThrownBy(() -> new VocabularyCatalog(locale -> labels))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stageReached.HIRED is no value of any vocabulary");
    }

    @Test
    void entityTagsAreStrongStableAndDifferPerLanguage() {
        String english = CATALOG.in(MessageLocale.EN).etag();
        String spanish = CATALOG.in(MessageLocale.ES).etag();
        assertThat(english).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(spanish).matches("\"[A-Za-z0-9_-]{22}\"").isNotEqualTo(english);
        assertThat(new VocabularyCatalog().in(MessageLocale.EN).etag()).isEqualTo(english);
    }

    @Test
    void theEntityTagChangesWithALabel() {
        Map<String, String> labels = new HashMap<>(VocabularyCatalog.labelsFromClasspath(MessageLocale.EN));
        labels.put("tone.BRIEF", "Short");
        assertThat(new VocabularyCatalog(locale -> labels).in(MessageLocale.EN).etag())
                .isNotEqualTo(CATALOG.in(MessageLocale.EN).etag());
    }

    @Test
    void ifNoneMatchUsesWeakComparison() {
        VocabularyCatalog.Localized english = CATALOG.in(MessageLocale.EN);
        String tag = english.etag();
        assertThat(english.matches(List.of(tag))).isTrue();
        assertThat(english.matches(List.of("W/" + tag))).isTrue();
        assertThat(english.matches(List.of("\"other\", " + tag))).isTrue();
        assertThat(english.matches(List.of("\"other\"", tag))).isTrue();
        assertThat(english.matches(List.of("*"))).isTrue();
        assertThat(english.matches(List.of(" " + tag + " "))).isTrue();
        assertThat(english.matches(null)).isFalse();
        assertThat(english.matches(List.of())).isFalse();
        assertThat(english.matches(List.of(""))).isFalse();
        assertThat(english.matches(List.of("\"other\""))).isFalse();
        assertThat(english.matches(List.of(tag.replace("\"", "")))).isFalse();
        assertThat(english.matches(List.of(CATALOG.in(MessageLocale.ES).etag())))
                .isFalse();
    }

    private static String label(MessageLocale locale, String vocabulary, String value) {
        return CATALOG.in(locale).byName().get(vocabulary).stream()
                .filter(label -> label.getValue().equals(value))
                .findFirst()
                .orElseThrow()
                .getLabel();
    }
}
