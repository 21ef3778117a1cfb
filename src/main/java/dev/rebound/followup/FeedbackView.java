package dev.rebound.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Feedback as the API returns it. */
public record FeedbackView(
        LocalDate receivedOn, String summary, List<String> points, Instant createdAt, Instant updatedAt, long version)
        implements AttachedDocumentView {

    static FeedbackView of(Feedback feedback) {
        return new FeedbackView(
                feedback.receivedOn,
                feedback.summary,
                List.copyOf(feedback.points),
                feedback.createdAt,
                feedback.updatedAt,
                feedback.version);
    }
}
