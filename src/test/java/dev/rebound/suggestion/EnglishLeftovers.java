package dev.rebound.suggestion;

import dev.rebound.vocabulary.MessageLocale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tell-tale English words per language: common English words that are not also words of that language, so that
 * finding one in its text means a sentence was left untranslated. English itself has none.
 */
public final class EnglishLeftovers {

    private static final Map<MessageLocale, String> WORDS = Map.of(
            MessageLocale.ES,
            "the|and|you|your|with|thank|thanks|please|would|could|dear|hello|regards|interview|feedback|"
                    + "opportunity|this|that|our|team",
            MessageLocale.DE,
            "the|and|you|your|with|for|of|to|is|are|my|our|this|that|thank|thanks|please|would|could|dear|hello|"
                    + "regards|sincerely|opportunity|application",
            MessageLocale.FR,
            "the|and|you|your|with|would|thank|thanks|please|regards|dear|hello|best|team|interview|feedback|"
                    + "application|opportunity|could|should|from|this|that|our|still",
            MessageLocale.PT,
            "the|and|you|your|with|thank|thanks|hello|dear|regards|would|could|please|team|interview|application|"
                    + "hiring|feedback|opportunity|this|what|which|will|our");

    private EnglishLeftovers() {}

    /** Finds a tell-tale English word in a text of the given language; never finds one in English. */
    public static Pattern in(MessageLocale locale) {
        String words = WORDS.get(locale);
        return words == null
                ? Pattern.compile("(?!)")
                : Pattern.compile(
                        "(?<!\\p{L})(" + words + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
