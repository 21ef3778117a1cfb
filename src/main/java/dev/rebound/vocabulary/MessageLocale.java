package dev.rebound.vocabulary;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages Rebound writes in. Adding one means adding its templates, its labels and a constant here.
 * {@code PT} is written as Brazilian Portuguese, and {@code pt-PT} matches it too.
 */
public enum MessageLocale {
    EN,
    ES,
    DE,
    FR,
    PT;

    private final String tag = name().toLowerCase(Locale.ROOT);

    /** The language tag used in responses ({@code Content-Language}) and template ids: the constant in lower case. */
    public String tag() {
        return tag;
    }

    public static String supportedTags() {
        return String.join(", ", Arrays.stream(values()).map(MessageLocale::tag).toList());
    }

    /**
     * Matches a BCP 47 tag on its language ({@code es-MX} is {@code es}). Empty when the tag is not
     * well-formed or its language is not supported.
     */
    public static Optional<MessageLocale> forTag(String bcp47) {
        if (bcp47 == null) {
            return Optional.empty();
        }
        try {
            String language = new Locale.Builder().setLanguageTag(bcp47).build().getLanguage();
            return Arrays.stream(values())
                    .filter(locale -> locale.tag.equals(language))
                    .findFirst();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * The best supported match for an {@code Accept-Language} header (RFC 4647 lookup on the language):
     * the highest q-value wins, {@code *} lends its weight to languages not named, {@code q=0} rules a
     * language out, and a malformed entry is skipped rather than voiding the rest.
     */
    public static Optional<MessageLocale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Map<MessageLocale, Double> named = new EnumMap<>(MessageLocale.class);
        double wildcard = -1;
        for (String part : header.split(",")) {
            List<Locale.LanguageRange> ranges;
            try {
                ranges = Locale.LanguageRange.parse(part.strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (Locale.LanguageRange range : ranges) {
                String language = range.getRange().split("-")[0];
                if (language.equals("*")) {
                    wildcard = Math.max(wildcard, range.getWeight());
                } else {
                    for (MessageLocale locale : values()) {
                        if (locale.tag.equals(language)) {
                            named.merge(locale, range.getWeight(), Math::max);
                        }
                    }
                }
            }
        }
        MessageLocale best = null;
        double bestWeight = 0;
        for (MessageLocale locale : values()) {
            double weight = named.getOrDefault(locale, wildcard);
            if (weight > bestWeight) {
                best = locale;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }
}
