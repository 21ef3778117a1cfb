package dev.rebound.account;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rebound.api.model.Feedback;
import dev.rebound.api.model.Reflection;
import dev.rebound.rejection.RejectionView;

/** One record in an export: the record with its plan, its feedback and its reflection (null when none). */
public record ExportedRejection(@JsonUnwrapped RejectionView rejection, Feedback feedback, Reflection reflection) {}
