package dev.rebound.api.input;

import dev.rebound.api.model.StepStatus;
import java.time.LocalDate;

/** The body of a plan step change: the new status, and the date that goes with it. */
public record StepUpdate(StepStatus status, LocalDate doneOn, LocalDate snoozedUntil) {}
