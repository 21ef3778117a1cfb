package dev.rebound.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rebound.api.model.Feedback;
import dev.rebound.api.model.Reflection;
import dev.rebound.api.model.Rejection;

/** One record in an export: the record with its plan, its feedback and its reflection (null when none). */
public record ExportedRejection(@JsonUnwrapped Rejection rejection, Feedback feedback, Reflection reflection) {}
