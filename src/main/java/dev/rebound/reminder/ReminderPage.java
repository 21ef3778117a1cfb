package dev.rebound.reminder;

import dev.rebound.rejection.PageRequest;
import java.util.List;

/** One page of reminders, in the same envelope as a page of rejections. */
public record ReminderPage(List<Reminder> items, int page, int size, long totalItems, int totalPages) {

    static ReminderPage of(List<Reminder> items, PageRequest request, long totalItems) {
        return new ReminderPage(items, request.page(), request.size(), totalItems, request.pagesFor(totalItems));
    }
}
