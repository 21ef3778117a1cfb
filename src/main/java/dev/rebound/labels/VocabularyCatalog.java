package dev.rebound.labels;

import dev.rebound.api.model.ImportRowStatus;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.PromptCategory;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.api.model.StepStatus;
import dev.rebound.api.model.Tone;
import dev.rebound.api.model.Vocabularies;
import dev.rebound.api.model.VocabulariesVocabularies;
import dev.rebound.api.model.VocabularyLabel;
import dev.rebound.vocabulary.MessageLocale;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Every fixed set of values the API uses, each value with a label in every language Rebound writes in,
 * for front ends to build forms and filters from. Labels live in
 * {@code labels/<language>.properties} as {@code <vocabulary>.<value>=<label>}. They are
 * read once, at start-up, where a missing or stray label stops the service instead of showing a raw value.
 */
@Singleton
@Startup
public class VocabularyCatalog {

    /**
     * Each vocabulary by the name of the field or parameter that carries its values, with the values in
     * the contract's order. Step status shares the field name {@code status} with the record's status,
     * so it is {@code stepStatus} here.
     */
    static final Map<String, List<String>> VALUES = vocabularyValues();

    private static final String LABELS = "labels/";

    private final Map<MessageLocale, Localized> byLocale;

    public VocabularyCatalog() {
        this(VocabularyCatalog::labelsFromClasspath);
    }

    /** @param labels the labels of a language, by {@code <vocabulary>.<value>} */
    VocabularyCatalog(Function<MessageLocale, Map<String, String>> labels) {
        Map<MessageLocale, Localized> built = new EnumMap<>(MessageLocale.class);
        for (MessageLocale locale : MessageLocale.values()) {
            built.put(locale, localize(locale, labels.apply(locale)));
        }
        this.byLocale = Collections.unmodifiableMap(built);
    }

    /** The vocabularies with their labels in one language. */
    public Localized in(MessageLocale locale) {
        return byLocale.get(locale);
    }

    /**
     * The vocabularies in one language: the answer, the same labels by vocabulary name, and the strong entity tag
     * made from exactly that content.
     */
    public record Localized(Vocabularies answer, Map<String, List<VocabularyLabel>> byName, String etag) {

        /**
         * Whether an {@code If-None-Match} header (each element may list several tags) names this tag or is
         * {@code *}. Comparison is weak, as RFC 9110 prescribes for If-None-Match: {@code W/} is ignored.
         */
        public boolean matches(List<String> ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String header : ifNoneMatch) {
                for (String candidate : header.split(",")) {
                    String tag = candidate.strip();
                    if (tag.startsWith("W/")) {
                        tag = tag.substring(2);
                    }
                    if (tag.equals("*") || tag.equals(etag)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static Map<String, List<String>> vocabularyValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("stageReached", names(StageReached.class));
        values.put("interviewFormat", names(InterviewFormat.class));
        values.put("notifiedVia", names(NotifiedVia.class));
        values.put("reason", names(RejectionReason.class));
        values.put("status", names(RecordStatus.class));
        values.put("action", names(PlanAction.class));
        values.put("stepStatus", names(StepStatus.class));
        values.put("improvementAreas", names(ImprovementArea.class));
        values.put("category", names(PromptCategory.class));
        values.put("tone", names(Tone.class));
        values.put("importStatus", names(ImportRowStatus.class));
        values.put(
                "locale",
                Arrays.stream(MessageLocale.values()).map(MessageLocale::tag).toList());
        return Collections.unmodifiableMap(values);
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static Localized localize(MessageLocale locale, Map<String, String> labels) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        Map<String, List<VocabularyLabel>> vocabularies = new LinkedHashMap<>();
        VALUES.forEach((vocabulary, values) -> {
            List<VocabularyLabel> entries = new ArrayList<>();
            for (String value : values) {
                String name = vocabulary + "." + value;
                expected.add(name);
                String label = labels.get(name);
                if (label == null || label.isBlank()) {
                    problems.add("no label for " + name);
                } else {
                    entries.add(new VocabularyLabel().value(value).label(label.strip()));
                }
            }
            vocabularies.put(vocabulary, List.copyOf(entries));
        });
        labels.keySet().stream()
                .filter(name -> !expected.contains(name))
                .sorted()
                .forEach(name -> problems.add(name + " is no value of any vocabulary"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The " + locale.tag() + " labels in " + LABELS
                    + " do not fit the vocabularies: " + String.join("; ", problems));
        }
        Map<String, List<VocabularyLabel>> byName = Collections.unmodifiableMap(vocabularies);
        return new Localized(answer(locale, byName), byName, entityTag(locale, byName));
    }

    private static Vocabularies answer(MessageLocale locale, Map<String, List<VocabularyLabel>> byName) {
        return new Vocabularies()
                .locale(Vocabularies.LocaleEnum.fromValue(locale.tag()))
                .vocabularies(new VocabulariesVocabularies()
                        .stageReached(byName.get("stageReached"))
                        .interviewFormat(byName.get("interviewFormat"))
                        .notifiedVia(byName.get("notifiedVia"))
                        .reason(byName.get("reason"))
                        .status(byName.get("status"))
                        .action(byName.get("action"))
                        .stepStatus(byName.get("stepStatus"))
                        .improvementAreas(byName.get("improvementAreas"))
                        .category(byName.get("category"))
                        .tone(byName.get("tone"))
                        .importStatus(byName.get("importStatus"))
                        .locale(byName.get("locale")));
    }

    /** A strong tag from the content itself, so it changes exactly when a value or a label does. */
    static String entityTag(MessageLocale locale, Map<String, List<VocabularyLabel>> byName) {
        StringBuilder canonical = new StringBuilder(locale.tag()).append('\n');
        byName.forEach((vocabulary, labels) -> labels.forEach(label -> canonical
                .append(vocabulary)
                .append('\u0000')
                .append(label.getValue())
                .append('\u0000')
                .append(label.getLabel())
                .append('\n')));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static Map<String, String> labelsFromClasspath(MessageLocale locale) {
        String resource = LABELS + locale.tag() + ".properties";
        try (InputStream in = VocabularyCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> labels = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                labels.put(name, properties.getProperty(name));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
