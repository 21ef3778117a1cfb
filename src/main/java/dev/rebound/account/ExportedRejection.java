package dev.rebound.account;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rebound.followup.FeedbackView;
import dev.rebound.followup.ReflectionView;
import dev.rebound.rejection.RejectionView;

/** One record in an export: the record with its plan, its feedback and its reflection (null when none). */
public record ExportedRejection(
        @JsonUnwrapped RejectionView rejection, FeedbackView feedback, ReflectionView reflection) {}
