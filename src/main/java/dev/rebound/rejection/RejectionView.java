package dev.rebound.rejection;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored rejection as the API returns it: every field present, optional ones as {@code null}. */
public record RejectionView(
        UUID id,
        String company,
        String role,
        StageReached stageReached,
        Integer interviewRound,
        InterviewFormat interviewFormat,
        NotifiedVia notifiedVia,
        LocalDate rejectedOn,
        LocalDate appliedOn,
        RejectionReason reason,
        String reasonDetail,
        ContactData contact,
        boolean internalCandidate,
        String jobPostingUrl,
        Integer selfAssessment,
        String notes,
        List<String> tags,
        RecordStatus status,
        List<PlanStepView> plan,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
