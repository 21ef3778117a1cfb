package dev.rebound.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Feedback as the API returns it. */
public record FeedbackView(
        LocalDate receivedOn, String summary, List<String> points, Instant createdAt, Instant updatedAt, long version) {

    /** From a query's row: rejectionId, receivedOn, summary, points, createdAt, updatedAt, version. */
    @SuppressWarnings("unchecked")
    static FeedbackView of(Object[] row) {
        return new FeedbackView(
                (LocalDate) row[1],
                (String) row[2],
                List.copyOf((List<String>) row[3]),
                (Instant) row[4],
                (Instant) row[5],
                (Long) row[6]);
    }

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
