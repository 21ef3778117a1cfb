package dev.rebound.api.input;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.binding.TextLength;
import dev.rebound.binding.WebUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The writable fields of a rejection, as a client sends them on create, and as a merge patch
 * produces them on update. Field-level rules live here; rules that involve dates or several fields
 * live in rejection.RejectionRules.
 */
public record RejectionInput(
        @NotNull(message = "is required") @TextLength(min = 1, max = 200, allowBlank = false)
        String company,

        @NotNull(message = "is required") @TextLength(min = 1, max = 200, allowBlank = false)
        String role,

        @NotNull(message = "is required") StageReached stageReached,

        @Min(value = 1, message = "must be between 1 and 20") @Max(value = 20, message = "must be between 1 and 20")
        Integer interviewRound,

        InterviewFormat interviewFormat,
        @NotNull(message = "is required") NotifiedVia notifiedVia,
        @NotNull(message = "is required") LocalDate rejectedOn,
        LocalDate appliedOn,
        RejectionReason reason,
        @TextLength(max = 2000) String reasonDetail,
        @Valid ContactInput contact,
        Boolean internalCandidate,
        @TextLength(max = 2048) @WebUrl String jobPostingUrl,

        @Min(value = 1, message = "must be between 1 and 5") @Max(value = 5, message = "must be between 1 and 5")
        Integer selfAssessment,

        @TextLength(max = 20000) String notes,

        @Size(max = 20, message = "must have at most 20 tags")
        List<@NotNull(message = "must not be null") @TextLength(min = 1, max = 50, allowBlank = false) String> tags) {}
