package dev.rebound.binding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** The one date format the API accepts, in bodies and in query parameters: {@code YYYY-MM-DD}. */
public final class IsoDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {}

    /** The date, or {@code null} when the text is not exactly an existing {@code YYYY-MM-DD} date. */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
