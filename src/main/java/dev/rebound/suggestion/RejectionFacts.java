package dev.rebound.suggestion;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.binding.TextLengthValidator;
import java.time.LocalDate;

/**
 * What the suggestion engine needs to know about one rejection. Reason details and notes are left
 * out on purpose: messages to the employer never mention them.
 */
public record RejectionFacts(
        String company,
        String role,
        StageReached stageReached,
        InterviewFormat interviewFormat,
        NotifiedVia notifiedVia,
        LocalDate rejectedOn,
        RejectionReason reason,
        String contactName,
        String contactEmail,
        boolean internalCandidate,
        Integer selfAssessment) {

    public boolean ghosted() {
        return notifiedVia == NotifiedVia.NO_RESPONSE;
    }

    /** They spoke with someone there: a screen or later, or any call or meeting. */
    public boolean metThem() {
        return stageReached.compareTo(StageReached.SCREENING) >= 0 || interviewFormat != InterviewFormat.NONE;
    }

    public boolean hasContact() {
        return hasText(contactName) || hasText(contactEmail);
    }

    static boolean hasText(String value) {
        return value != null && !TextLengthValidator.isBlank(value);
    }
}
