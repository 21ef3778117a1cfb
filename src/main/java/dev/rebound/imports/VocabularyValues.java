package dev.rebound.imports;

import dev.rebound.api.model.VocabularyLabel;
import dev.rebound.labels.VocabularyCatalog;
import dev.rebound.vocabulary.MessageLocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of our vocabularies as a spreadsheet may write them: by name ({@code FINAL_INTERVIEW}, or
 * {@code final interview}) or by their English or Spanish label ("Final interview", "Entrevista final"), compared
 * as {@link ImportColumns#normalized} writes them.
 */
public final class VocabularyValues {

    private static final List<MessageLocale> LABEL_LANGUAGES = List.of(MessageLocale.EN, MessageLocale.ES);

    /** By vocabulary, each value's name under every way of writing it. */
    private final Map<String, Map<String, String>> byVocabulary;

    private VocabularyValues(Map<String, Map<String, String>> byVocabulary) {
        this.byVocabulary = byVocabulary;
    }

    public static VocabularyValues of(VocabularyCatalog catalog) {
        Map<String, Map<String, String>> byVocabulary = new HashMap<>();
        for (MessageLocale locale : LABEL_LANGUAGES) {
            catalog.in(locale).byName().forEach((vocabulary, labels) -> {
                Map<String, String> written = byVocabulary.computeIfAbsent(vocabulary, name -> new HashMap<>());
                for (VocabularyLabel label : labels) {
                    written.put(ImportColumns.normalized(label.getValue()), label.getValue());
                    written.putIfAbsent(ImportColumns.normalized(label.getLabel()), label.getValue());
                }
            });
        }
        byVocabulary.replaceAll((vocabulary, written) -> Map.copyOf(written));
        return new VocabularyValues(Map.copyOf(byVocabulary));
    }

    /** The value of the vocabulary that {@code written} names, if it names one. */
    public Optional<String> value(String vocabulary, String written) {
        return Optional.ofNullable(
                byVocabulary.getOrDefault(vocabulary, Map.of()).get(ImportColumns.normalized(written)));
    }
}
