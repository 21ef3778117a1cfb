package dev.rebound.suggestion;

import dev.rebound.rejection.ContactData;
import dev.rebound.rejection.InterviewFormat;
import dev.rebound.rejection.NotifiedVia;
import dev.rebound.rejection.RejectionInput;
import dev.rebound.rejection.RejectionReason;
import dev.rebound.rejection.RejectionView;
import dev.rebound.rejection.StageReached;
import dev.rebound.validation.TextLengthValidator;
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

    public static RejectionFacts of(RejectionView record) {
        ContactData contact = record.contact();
        return new RejectionFacts(
                record.company(),
                record.role(),
                record.stageReached(),
                record.interviewFormat(),
                record.notifiedVia(),
                record.rejectedOn(),
                record.reason(),
                contact == null ? null : contact.name(),
                contact == null ? null : contact.email(),
                record.internalCandidate(),
                record.selfAssessment());
    }

    /** For a validated input whose defaults have been applied. */
    public static RejectionFacts of(RejectionInput input) {
        ContactData contact = input.contact();
        return new RejectionFacts(
                input.company(),
                input.role(),
                input.stageReached(),
                input.interviewFormat(),
                input.notifiedVia(),
                input.rejectedOn(),
                input.reason(),
                contact == null ? null : contact.name(),
                contact == null ? null : contact.email(),
                Boolean.TRUE.equals(input.internalCandidate()),
                input.selfAssessment());
    }

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
