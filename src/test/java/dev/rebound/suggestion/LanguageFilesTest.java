package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.vocabulary.MessageLocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text file a language has, held to its English counterpart: the same files, the same fragments, no
 * placeholder or condition the English lacks, the same label keys, and no English left in it.
 */
class LanguageFilesTest {

    /** The templates written once per language and tone. */
    private static final List<String> PER_TONE =
            List.of("thank-you", "closing-the-loop", "feedback-request", "connection-note");
    /** The templates written once per language. */
    private static final List<String> PER_LANGUAGE =
            List.of("feedback-rationale", "reflection-prompts", "plan-steps", "observations", "why");

    private static final List<String> TONES = List.of("brief", "formal", "warm");
    private static final Pattern FRAGMENT = Pattern.compile("\\{#fragment id=(\\w+)");
    /** Placeholders, conditions and parameter declarations: everything between braces. */
    private static final Pattern TAG = Pattern.compile("\\{[^{}]*}");

    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void everyTemplateMatchesItsEnglishCounterpart(MessageLocale locale) {
        for (String path : templates()) {
            String english = resource("templates/" + path.replace("{}", "en"));
            String translated = resource("templates/" + path.replace("{}", locale.tag()));
            assertThat(fragments(translated)).as(path + " in " + locale).isEqualTo(fragments(english));
            // A language may leave a placeholder out (German's formal greeting names no company), never add one.
            assertThat(tags(translated))
                    .as("placeholders and conditions of " + path + " in " + locale)
                    .isSubsetOf(tags(english));
            Matcher leftover =
                    EnglishLeftovers.in(locale).matcher(TAG.matcher(translated).replaceAll(" "));
            assertThat(leftover.find())
                    .as("English word '%s' in %s (%s)", leftover.find(0) ? leftover.group() : "", path, locale)
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void everyLabelIsWrittenAndNoneIsEnglish(MessageLocale locale) {
        Properties english = labels(MessageLocale.EN);
        Properties translated = labels(locale);
        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        Pattern leftovers = EnglishLeftovers.in(locale);
        for (String key : translated.stringPropertyNames()) {
            String label = translated.getProperty(key);
            assertThat(label).as(key + " in " + locale).isNotBlank();
            assertThat(leftovers.matcher(label).find())
                    .as(key + "=" + label + " in " + locale)
                    .isFalse();
        }
    }

    private static List<String> templates() {
        List<String> paths = new ArrayList<>();
        for (String kind : PER_TONE) {
            TONES.forEach(tone -> paths.add(kind + "/{}/" + tone + ".txt"));
        }
        PER_LANGUAGE.forEach(kind -> paths.add(kind + "/{}.txt"));
        return paths;
    }

    private static List<String> fragments(String template) {
        List<String> ids = new ArrayList<>();
        Matcher fragment = FRAGMENT.matcher(template);
        while (fragment.find()) {
            ids.add(fragment.group(1));
        }
        return ids;
    }

    /** The set of distinct tags: a language may order its words, and so its placeholders, differently. */
    private static Set<String> tags(String template) {
        Set<String> tags = new TreeSet<>();
        Matcher tag = TAG.matcher(template);
        while (tag.find()) {
            tags.add(tag.group().replaceAll("\\s+", " "));
        }
        return tags;
    }

    private static Properties labels(MessageLocale locale) {
        Properties labels = new Properties();
        try (InputStream in = resourceStream("labels/" + locale.tag() + ".properties")) {
            labels.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    private static String resource(String path) {
        try (InputStream in = resourceStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resourceStream(String path) {
        InputStream in = LanguageFilesTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as("the file " + path).isNotNull();
        return in;
    }
}
