package dev.rebound.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every e-mail of the corpus in {@code src/test/resources/drafts} (pasted {@code .txt} or raw {@code .eml},
 * each beside an {@code .expected.json}) and holds the reading to an accuracy per field. An expected value of null
 * means the field must stay empty; a field the expectation leaves out is not judged.
 */
class DraftCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/drafts");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The share of e-mails each field must be read right in; every other field must be right in all. */
    private static final Map<String, Double> THRESHOLDS = Map.of(
            "company", 0.85,
            "role", 0.8,
            "stageReached", 0.8,
            "reason", 0.85,
            "contact.name", 0.8,
            "contact.title", 0.75);

    record Case(String name, DraftReading reading, JsonNode expected) {}

    private static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path expectation : files.filter(file -> file.toString().endsWith(".expected.json"))
                    .sorted()
                    .toList()) {
                String name = expectation.getFileName().toString().replace(".expected.json", "");
                Path eml = CORPUS.resolve(name + ".eml");
                Email email = Files.exists(eml)
                        ? Email.pasted(MimeEmails.text(Files.readAllBytes(eml)), null, null)
                        : Email.pasted(Files.readString(CORPUS.resolve(name + ".txt")), null, null);
                cases.add(
                        new Case(name, DraftRules.read(email, null, TODAY, ZONE), JSON.readTree(expectation.toFile())));
            }
        }
        return cases;
    }

    private static String actual(DraftReading reading, String field) {
        return switch (field) {
            case "isRejection" -> String.valueOf(reading.rejection());
            case "language" ->
                reading.language() == null ? null : reading.language().tag();
            default ->
                reading.found().stream()
                        .filter(found -> found.field().equals(field))
                        .map(found -> String.valueOf(found.value()))
                        .findFirst()
                        .orElse(null);
        };
    }

    @Test
    void readsTheCorpusToTheAccuracyOfEachField() throws IOException {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        Map<String, int[]> scores = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            for (Iterator<String> fields = c.expected().fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                JsonNode expected = c.expected().get(field);
                String wanted = expected.isNull() ? null : expected.asText();
                String got = actual(c.reading(), field);
                int[] score = scores.computeIfAbsent(field, f -> new int[2]);
                score[1]++;
                if (Objects.equals(wanted, got)) {
                    score[0]++;
                } else {
                    misses.add(c.name() + " " + field + ": expected " + wanted + ", read " + got);
                }
            }
        }
        StringBuilder report = new StringBuilder("Accuracy per field:\n");
        scores.forEach((field, score) -> report.append(
                String.format("  %-16s %d/%d (%.0f%%)%n", field, score[0], score[1], 100.0 * score[0] / score[1])));
        misses.forEach(miss -> report.append("  miss: ").append(miss).append('\n'));
        System.out.println(report);
        scores.forEach((field, score) -> assertThat((double) score[0] / score[1])
                .as("%s%n%s", field, report)
                .isGreaterThanOrEqualTo(THRESHOLDS.getOrDefault(field, 1.0)));
    }

    @Test
    void everyEvidenceIsWordsOfTheEmail() throws IOException {
        for (Case c : corpus()) {
            String name = c.name();
            Path eml = CORPUS.resolve(name + ".eml");
            String analysed = Files.exists(eml)
                    ? MimeEmails.text(Files.readAllBytes(eml))
                    : Files.readString(CORPUS.resolve(name + ".txt"));
            c.reading().found().stream()
                    .filter(found -> found.evidence() != null)
                    .forEach(found -> assertThat(analysed)
                            .as("%s %s", name, found.field())
                            .contains(found.evidence()));
        }
    }
}
