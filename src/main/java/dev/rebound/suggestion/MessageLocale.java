package dev.rebound.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Rebound writes in. Adding one means adding its templates and a constant here. */
public enum MessageLocale {
    EN("en"),
    ES("es");

    private final String tag;

    MessageLocale(String tag) {
        this.tag = tag;
    }

    /** The language tag used in responses ({@code Content-Language}) and template ids. */
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
            return Arrays.stream(values()).filter(locale -> locale.tag.equals(language)).findFirst();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The best supported match for an {@code Accept-Language} header, honouring its q-values. */
    public static Optional<MessageLocale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(part.strip()));
            } catch (IllegalArgumentException e) {
                // One malformed entry does not void the others.
            }
        }
        ranges.sort(java.util.Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        List<String> supported = new ArrayList<>();
        for (MessageLocale locale : values()) {
            supported.add(locale.tag);
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String language = range.getRange().split("-")[0];
            if (supported.contains(language)) {
                return forTag(language);
            }
        }
        return Optional.empty();
    }
}
