package dev.rebound.reminder;

import dev.rebound.binding.QueryParameters;
import dev.rebound.rejection.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The reminders list's parameters: steps needing attention before {@code dueBefore}, one page of them. */
public record ReminderQuery(LocalDate dueBefore, PageRequest page) {

    /** How far ahead the list looks when the client does not say. */
    static final int DEFAULT_DAYS_AHEAD = 7;

    public static ReminderQuery parse(Map<String, List<String>> parameters, LocalDate today) {
        QueryParameters parser = new QueryParameters(parameters);
        int page = parser.integer("page", 0, 0, Integer.MAX_VALUE);
        int size = parser.integer("size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        LocalDate dueBefore = parser.date("dueBefore");
        parser.throwIfInvalid();
        return new ReminderQuery(
                dueBefore == null ? today.plusDays(DEFAULT_DAYS_AHEAD) : dueBefore, new PageRequest(page, size));
    }
}
