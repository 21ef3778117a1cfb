package dev.rebound.rejection;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What makes two records the same rejection: the company and the role, without regard to case or surrounding
 * spaces, and the day of the rejection.
 */
public record RecordKey(String company, String role, LocalDate rejectedOn) {

    public static RecordKey of(String company, String role, LocalDate rejectedOn) {
        return new RecordKey(folded(company), folded(role), rejectedOn);
    }

    private static String folded(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
