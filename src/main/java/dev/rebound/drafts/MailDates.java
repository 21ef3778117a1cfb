package dev.rebound.drafts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The day of an e-mail's date line, as mail programs write it in English or Spanish. */
final class MailDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMMENT = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final String MONTH =
            "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
                    + "|september|october|november|december|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio"
                    + "|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("ene", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("abr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("ago", 8),
            Map.entry("sep", 9),
            Map.entry("set", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12),
            Map.entry("dic", 12));

    private MailDates() {}

    /** The day in the owner's time zone when the line says an instant, else the day it names; null if none. */
    static LocalDate day(String line, ZoneId zone) {
        if (line == null || line.isBlank()) {
            return null;
        }
        String value = COMMENT.matcher(line.strip()).replaceAll("");
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(zone)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            // not RFC 5322 as mail servers write it; try the forms mail programs show
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.find()) {
                return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            }
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(value);
            if (dayFirst.find()) {
                return LocalDate.of(number(dayFirst, 3), month(dayFirst.group(2)), number(dayFirst, 1));
            }
            Matcher monthFirst = MONTH_DAY_YEAR.matcher(value);
            if (monthFirst.find()) {
                return LocalDate.of(number(monthFirst, 3), month(monthFirst.group(1)), number(monthFirst, 2));
            }
        } catch (DateTimeException e) {
            return null; // the 31st of February, and the like
        }
        return null;
    }

    private static int number(Matcher match, int group) {
        return Integer.parseInt(match.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
