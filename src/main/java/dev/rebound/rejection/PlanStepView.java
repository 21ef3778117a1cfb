package dev.rebound.rejection;

import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.StepStatus;
import java.time.LocalDate;

/** One step of a record's plan as the API returns it. */
public record PlanStepView(
        PlanAction action, LocalDate due, StepStatus status, LocalDate doneOn, LocalDate snoozedUntil) {

    static PlanStepView of(TrackedStep step) {
        return new PlanStepView(step.action(), step.due, step.status, step.doneOn, step.snoozedUntil);
    }
}
