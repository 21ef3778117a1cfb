package dev.rebound.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phrases the draft rules look for, kept as data in {@code drafts/phrases.txt} rather than as Java string
 * literals: one regular expression a line, unescaped, under a {@code [section]} heading. Read once, at class load.
 */
final class PhraseBook {

    /** A phrase and how surely it says what its section is about, on its own. */
    record Weighted(String regex, double weight) {}

    /** A heading: a name of letters, digits, spaces and underscores in brackets (a regex such as [-–#] is not one). */
    private static final Pattern HEADING = Pattern.compile("\\[([\\p{L}\\d_ ]+)]");

    /** The book the draft rules read (after HEADING, which reading it needs). */
    static final PhraseBook DRAFTS = load("drafts/phrases.txt");

    private final Map<String, List<String>> sections;

    private PhraseBook(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static PhraseBook load(String resource) {
        try (InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No phrase book at " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines are read without their surrounding spaces (a phrase that needs one at an end writes {@code \\s} or
     * {@code [ ]}); a line starting with {@code #} is a comment. A byte-order mark and CRLF line ends are fine.
     */
    static PhraseBook parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        int number = 0;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : body.split("\n", -1)) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (HEADING.matcher(content).matches()) {
                current = new ArrayList<>();
                if (sections.put(content.substring(1, content.length() - 1), current) != null) {
                    throw new IllegalStateException("Line " + number + ": section " + content + " appears twice");
                }
            } else if (current == null) {
                throw new IllegalStateException("Line " + number + ": a phrase before any [section]");
            } else {
                current.add(content);
            }
        }
        return new PhraseBook(sections);
    }

    /** The section's lines, in order. */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("The phrase book has no section [" + section + "]");
        }
        return List.copyOf(lines);
    }

    /** The section as one pattern: its lines as alternatives. */
    String anyOf(String section) {
        return String.join("|", lines(section));
    }

    /** The section's lines as a weight, a space, and the phrase. */
    List<Weighted> weighted(String section) {
        return lines(section).stream()
                .map(line -> {
                    String[] parts = line.split(" ", 2);
                    if (parts.length < 2) {
                        throw new IllegalStateException("[" + section + "] " + line + ": a weight and a phrase");
                    }
                    return new Weighted(parts[1], Double.parseDouble(parts[0]));
                })
                .toList();
    }

    /** The sections named {@code prefix} and a word, keyed by that word, in the book's order. */
    Map<String, String> anyOfEach(String prefix) {
        Map<String, String> each = new LinkedHashMap<>();
        sections.keySet().stream()
                .filter(name -> name.startsWith(prefix + " "))
                .forEach(name -> each.put(name.substring(prefix.length() + 1), anyOf(name)));
        return each;
    }

    /** The section's words: its lines split at spaces. */
    List<String> words(String section) {
        return lines(section).stream()
                .flatMap(line -> List.of(line.split("\\s+")).stream())
                .toList();
    }
}
