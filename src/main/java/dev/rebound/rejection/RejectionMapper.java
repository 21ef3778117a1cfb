package dev.rebound.rejection;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.suggestion.RejectionFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Maps between the API models and the stored entity, applying the documented defaults. */
final class RejectionMapper {

    private RejectionMapper() {}

    /** Copies every writable field onto the entity; absent optional values take their defaults. */
    static void apply(RejectionInput input, Rejection target) {
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
        Rejection scratch = new Rejection();
        apply(input, scratch);
        return toInput(scratch);
    }

    /** The writable fields of a stored rejection, with defaults made explicit: the base a merge patch applies to. */
    static RejectionInput toInput(Rejection source) {
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
    static final Comparator<PlanStepView> PLAN_ORDER = Comparator.comparing(PlanStepView::due)
            .thenComparing(step -> step.action().ordinal());

    /** A record as it is on creation: the normalized input, a new plan, status NEW, version 0. */
    static RejectionView newRecord(UUID id, RejectionInput input, List<PlanStepView> plan, Instant now) {
        return new RejectionView(
                id,
                input.company(),
                input.role(),
                input.stageReached(),
                input.interviewRound(),
                input.interviewFormat(),
                input.notifiedVia(),
                input.rejectedOn(),
                input.appliedOn(),
                input.reason(),
                input.reasonDetail(),
                input.contact(),
                Boolean.TRUE.equals(input.internalCandidate()),
                input.jobPostingUrl(),
                input.selfAssessment(),
                input.notes(),
                input.tags(),
                RecordStatus.NEW,
                plan,
                now,
                now,
                0);
    }

    static RejectionView toView(Rejection source) {
        return new RejectionView(
                source.id,
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
                List.copyOf(source.tags),
                source.status,
                source.plan.stream().map(PlanStepView::of).sorted(PLAN_ORDER).toList(),
                source.createdAt,
                source.updatedAt,
                source.version);
    }

    private static Contact toContact(ContactData data) {
        if (data == null || data.hasNoDetails()) {
            return null;
        }
        Contact contact = new Contact();
        contact.name = data.name();
        contact.title = data.title();
        contact.email = data.email();
        return contact;
    }

    private static ContactData toContactData(Contact contact) {
        if (contact == null || (contact.name == null && contact.title == null && contact.email == null)) {
            return null;
        }
        return new ContactData(contact.name, contact.title, contact.email);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** What the suggestion engine needs to know about a stored record. */
    static RejectionFacts facts(RejectionView record) {
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
    static RejectionFacts facts(RejectionInput input) {
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
}
