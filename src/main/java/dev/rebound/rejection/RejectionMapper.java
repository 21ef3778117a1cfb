package dev.rebound.rejection;

import dev.rebound.api.input.ContactInput;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.Contact;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.TrackedStep;
import dev.rebound.suggestion.RejectionFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Maps between the API models and the stored entity, applying the documented defaults. */
final class RejectionMapper {

    private RejectionMapper() {}

    /** Copies every writable field onto the entity; absent optional values take their defaults. */
    static void apply(RejectionInput input, RejectionEntity target) {
        target.company = input.company();
        target.role = input.role();
        target.stageReached = input.stageReached();
        target.interviewRound = input.interviewRound();
        target.interviewFormat = orDefault(input.interviewFormat(), InterviewFormat.NONE);
        target.notifiedVia = input.notifiedVia();
        target.rejectedOn = input.rejectedOn();
        target.appliedOn = input.appliedOn();
        target.reason = orDefault(input.reason(), RejectionReason.NOT_GIVEN);
        target.reasonDetail = input.reasonDetail();
        target.contact = toContact(input.contact());
        target.internalCandidate = Boolean.TRUE.equals(input.internalCandidate());
        target.jobPostingUrl = input.jobPostingUrl();
        target.selfAssessment = input.selfAssessment();
        target.notes = input.notes();
        target.tags = input.tags() == null ? new ArrayList<>() : new ArrayList<>(input.tags());
    }

    /** The input as it would be stored: defaults applied, an empty contact as none. */
    static RejectionInput normalized(RejectionInput input) {
        RejectionEntity scratch = new RejectionEntity();
        apply(input, scratch);
        return toInput(scratch);
    }

    /** The writable fields of a stored rejection, with defaults made explicit: the base a merge patch applies to. */
    static RejectionInput toInput(RejectionEntity source) {
        return new RejectionInput(
                source.company,
                source.role,
                source.stageReached,
                source.interviewRound,
                source.interviewFormat,
                source.notifiedVia,
                source.rejectedOn,
                source.appliedOn,
                source.reason,
                source.reasonDetail,
                toContactData(source.contact),
                source.internalCandidate,
                source.jobPostingUrl,
                source.selfAssessment,
                source.notes,
                List.copyOf(source.tags));
    }

    /** Plan order: by due day, and steps due the same day in the canonical order of their actions. */
    static final Comparator<TrackedStep> PLAN_ORDER = Comparator.comparing(TrackedStep::getDue)
            .thenComparing(step -> step.getAction().ordinal());

    /** A record as it is on creation: the normalized input, status NEW, version 0; its plan is still empty. */
    static Rejection newRecord(UUID id, RejectionInput input, Instant now) {
        return new Rejection()
                .id(id)
                .company(input.company())
                .role(input.role())
                .stageReached(input.stageReached())
                .interviewRound(input.interviewRound())
                .interviewFormat(input.interviewFormat())
                .notifiedVia(input.notifiedVia())
                .rejectedOn(input.rejectedOn())
                .appliedOn(input.appliedOn())
                .reason(input.reason())
                .reasonDetail(input.reasonDetail())
                .contact(toView(input.contact()))
                .internalCandidate(Boolean.TRUE.equals(input.internalCandidate()))
                .jobPostingUrl(input.jobPostingUrl())
                .selfAssessment(input.selfAssessment())
                .notes(input.notes())
                .tags(input.tags() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(input.tags()))
                .status(RecordStatus.NEW)
                .createdAt(now)
                .updatedAt(now)
                .version(0L);
    }

    static Rejection toView(RejectionEntity source) {
        return new Rejection()
                .id(source.id)
                .company(source.company)
                .role(source.role)
                .stageReached(source.stageReached)
                .interviewRound(source.interviewRound)
                .interviewFormat(source.interviewFormat)
                .notifiedVia(source.notifiedVia)
                .rejectedOn(source.rejectedOn)
                .appliedOn(source.appliedOn)
                .reason(source.reason)
                .reasonDetail(source.reasonDetail)
                .contact(toView(source.contact))
                .internalCandidate(source.internalCandidate)
                .jobPostingUrl(source.jobPostingUrl)
                .selfAssessment(source.selfAssessment)
                .notes(source.notes)
                .tags(new LinkedHashSet<>(source.tags))
                .status(source.status)
                .plan(source.plan.stream()
                        .map(RejectionMapper::toView)
                        .sorted(PLAN_ORDER)
                        .toList())
                .createdAt(source.createdAt)
                .updatedAt(source.updatedAt)
                .version(source.version);
    }

    /** One step of the plan as the API shows it. */
    static TrackedStep toView(TrackedStepEntity step) {
        return new TrackedStep()
                .action(step.action())
                .due(step.due)
                .status(step.status)
                .doneOn(step.doneOn)
                .snoozedUntil(step.snoozedUntil);
    }

    private static Contact toView(ContactInput contact) {
        return contact == null
                ? null
                : new Contact().name(contact.name()).title(contact.title()).email(contact.email());
    }

    private static Contact toView(ContactEntity contact) {
        return contact == null || contact.hasNoDetails()
                ? null
                : new Contact().name(contact.name).title(contact.title).email(contact.email);
    }

    private static ContactEntity toContact(ContactInput data) {
        if (data == null || data.hasNoDetails()) {
            return null;
        }
        ContactEntity contact = new ContactEntity();
        contact.name = data.name();
        contact.title = data.title();
        contact.email = data.email();
        return contact;
    }

    private static ContactInput toContactData(ContactEntity contact) {
        if (contact == null || contact.hasNoDetails()) {
            return null;
        }
        return new ContactInput(contact.name, contact.title, contact.email);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** What the suggestion engine needs to know about a stored record. */
    static RejectionFacts facts(Rejection record) {
        Contact contact = record.getContact();
        return new RejectionFacts(
                record.getCompany(),
                record.getRole(),
                record.getStageReached(),
                record.getInterviewFormat(),
                record.getNotifiedVia(),
                record.getRejectedOn(),
                record.getReason(),
                contact == null ? null : contact.getName(),
                contact == null ? null : contact.getEmail(),
                record.getInternalCandidate(),
                record.getSelfAssessment());
    }

    /** For a validated input whose defaults have been applied: the facts of the record it would make. */
    static RejectionFacts facts(RejectionInput input) {
        return facts(newRecord(null, input, null));
    }
}
