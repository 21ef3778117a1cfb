package dev.rebound.drafts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.DraftRequest;
import dev.rebound.api.model.DraftContact;
import dev.rebound.api.model.DraftField;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionDraft;
import dev.rebound.api.model.RejectionDraftBody;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.binding.BodyChecks;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;

/**
 * Reads a rejection e-mail, pasted or raw, into a draft of a record for the person to check and save. Nothing is
 * stored, and the e-mail is never logged: it lives only as long as the request.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DraftService {

    private final BodyChecks bodyChecks;
    private final BusinessMetrics metrics;

    /** A pasted e-mail, its header lines optional. */
    public RejectionDraft fromPaste(ObjectNode body, LocalDate today, ZoneId zone) {
        DraftRequest request = bodyChecks
                .check(body, DraftRequest.class)
                .add(receivedOnRule(body, today))
                .orThrow();
        Email email = Email.pasted(request.text(), request.subject(), request.from());
        return answer(DraftRules.read(email, request.receivedOn(), today, zone));
    }

    /** A raw e-mail ({@code message/rfc822}), as a mail program saves it. */
    public RejectionDraft fromMessage(byte[] message, LocalDate today, ZoneId zone) {
        if (message == null || message.length == 0) {
            throw ProblemException.invalid("body", "is required");
        }
        Email email = Email.pasted(MimeEmails.text(message), null, null);
        return answer(DraftRules.read(email, null, today, zone));
    }

    private static List<FieldError> receivedOnRule(ObjectNode body, LocalDate today) {
        if (body.hasNonNull("receivedOn") && body.get("receivedOn").isTextual()) {
            try {
                if (LocalDate.parse(body.get("receivedOn").asText()).isAfter(today)) {
                    return List.of(new FieldError("receivedOn", "must not be after today (" + today + ")"));
                }
            } catch (java.time.format.DateTimeParseException e) {
                // the binding names it
            }
        }
        return List.of();
    }

    private RejectionDraft answer(DraftReading reading) {
        metrics.draftRead(reading.rejection());
        RejectionDraft draft = new RejectionDraft()
                .isRejection(reading.rejection())
                .confidence(reading.confidence())
                .language(reading.language() == null ? null : reading.language().tag())
                .fields(reading.found().stream()
                        .map(found -> new DraftField()
                                .field(found.field())
                                .confidence(found.confidence())
                                .evidence(found.evidence()))
                        .toList())
                .missing(reading.missing());
        return draft.draft(reading.rejection() ? body(reading) : null);
    }

    private static RejectionDraftBody body(DraftReading reading) {
        RejectionDraftBody body = new RejectionDraftBody();
        DraftContact contact = new DraftContact();
        for (DraftReading.Found found : reading.found()) {
            Object value = found.value();
            switch (found.field()) {
                case "company" -> body.company((String) value);
                case "role" -> body.role((String) value);
                case "stageReached" -> body.stageReached((StageReached) value);
                case "interviewFormat" -> body.interviewFormat((InterviewFormat) value);
                case "notifiedVia" -> body.notifiedVia((NotifiedVia) value);
                case "rejectedOn" -> body.rejectedOn((LocalDate) value);
                case "reason" -> body.reason((RejectionReason) value);
                case "reasonDetail" -> body.reasonDetail((String) value);
                case "contact.name" -> contact.name((String) value);
                case "contact.title" -> contact.title((String) value);
                case "contact.email" -> contact.email((String) value);
                case "jobPostingUrl" -> body.jobPostingUrl((String) value);
                default -> throw new IllegalStateException("No draft field " + found.field());
            }
        }
        if (contact.getName() != null || contact.getTitle() != null || contact.getEmail() != null) {
            body.contact(contact);
        }
        return body;
    }
}
