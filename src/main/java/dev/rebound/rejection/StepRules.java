package dev.rebound.rejection;

import dev.rebound.api.input.StepUpdate;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.StepStatus;
import dev.rebound.api.model.TrackedStep;
import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks a plan step change against the record's dates and applies it. Plain Java, for unit tests. */
public final class StepRules {

    /** A step put off for longer than a year is one to skip; the bound also keeps dates printable. */
    public static final int MAX_SNOOZE_DAYS = 365;

    private StepRules() {}

    /** Done or skipped: nothing more to do. */
    public static boolean settled(StepStatus status) {
        return status == StepStatus.DONE || status == StepStatus.SKIPPED;
    }

    /** How far the person has got with a record, from its plan and whether they reflected on it. */
    public static RecordStatus recordStatus(Collection<StepStatus> steps, boolean reflectionSaved) {
        if (!steps.isEmpty() && steps.stream().allMatch(StepRules::settled)) {
            return RecordStatus.CLOSED;
        }
        if (reflectionSaved) {
            return RecordStatus.REFLECTED;
        }
        return steps.stream().anyMatch(StepRules::settled) ? RecordStatus.IN_PROGRESS : RecordStatus.NEW;
    }

    /** Every problem with the change, each naming its field; empty when the change may be applied. */
    public static List<FieldError> check(StepUpdate update, LocalDate rejectedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (update.status() == null) {
            errors.add(new FieldError("status", "is required"));
            return errors;
        }
        if (update.status() == StepStatus.DONE) {
            LocalDate doneOn = update.doneOn() == null ? today : update.doneOn();
            if (doneOn.isBefore(rejectedOn)) {
                errors.add(new FieldError("doneOn", "must not be before rejectedOn (" + rejectedOn + ")"));
            }
            if (doneOn.isAfter(today)) {
                errors.add(new FieldError("doneOn", "must not be in the future (today is " + today + ")"));
            }
        } else if (update.doneOn() != null) {
            errors.add(new FieldError("doneOn", "may only be given when status is DONE"));
        }
        if (update.status() == StepStatus.SNOOZED) {
            if (update.snoozedUntil() == null) {
                errors.add(new FieldError("snoozedUntil", "is required when status is SNOOZED"));
            } else if (!update.snoozedUntil().isAfter(today)) {
                errors.add(new FieldError("snoozedUntil", "must be after today (" + today + ")"));
            } else if (update.snoozedUntil().isAfter(today.plusDays(MAX_SNOOZE_DAYS))) {
                errors.add(new FieldError(
                        "snoozedUntil",
                        "must be at most " + MAX_SNOOZE_DAYS + " days from today (" + today.plusDays(MAX_SNOOZE_DAYS)
                                + ")"));
            }
        } else if (update.snoozedUntil() != null) {
            errors.add(new FieldError("snoozedUntil", "may only be given when status is SNOOZED"));
        }
        return errors;
    }

    /**
     * Every problem with a step copied from an export: what a plan step must hold to be stored (its action and
     * status, a done date exactly when DONE, a snooze exactly when SNOOZED) and dates that fit the record. A
     * snooze that has since run out is kept, as the export had it.
     */
    public static List<FieldError> checkCopy(TrackedStep copy, LocalDate rejectedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (copy == null) {
            errors.add(new FieldError("", "must be a plan step"));
            return errors;
        }
        if (copy.getAction() == null) {
            errors.add(new FieldError("action", "is required"));
        }
        if (copy.getStatus() == null) {
            errors.add(new FieldError("status", "is required"));
            return errors;
        }
        if (copy.getStatus() == StepStatus.DONE) {
            if (copy.getDoneOn() == null) {
                errors.add(new FieldError("doneOn", "is required when status is DONE"));
            } else if (copy.getDoneOn().isBefore(rejectedOn) || copy.getDoneOn().isAfter(today)) {
                errors.add(new FieldError(
                        "doneOn", "must be from rejectedOn (" + rejectedOn + ") to today (" + today + ")"));
            }
        } else if (copy.getDoneOn() != null) {
            errors.add(new FieldError("doneOn", "may only be given when status is DONE"));
        }
        if (copy.getStatus() == StepStatus.SNOOZED) {
            LocalDate latest = today.plusDays(MAX_SNOOZE_DAYS);
            if (copy.getSnoozedUntil() == null) {
                errors.add(new FieldError("snoozedUntil", "is required when status is SNOOZED"));
            } else if (copy.getSnoozedUntil().isBefore(rejectedOn)
                    || copy.getSnoozedUntil().isAfter(latest)) {
                errors.add(new FieldError("snoozedUntil", "must be from rejectedOn (" + rejectedOn + ") to " + latest));
            }
        } else if (copy.getSnoozedUntil() != null) {
            errors.add(new FieldError("snoozedUntil", "may only be given when status is SNOOZED"));
        }
        return errors;
    }

    /** Applies a change that {@link #check} passed; dates that do not belong to the new status are cleared. */
    public static void apply(StepUpdate update, TrackedStepEntity step, LocalDate today) {
        step.status = update.status();
        step.doneOn = update.status() == StepStatus.DONE ? (update.doneOn() == null ? today : update.doneOn()) : null;
        step.snoozedUntil = update.status() == StepStatus.SNOOZED ? update.snoozedUntil() : null;
    }

    /** Marks a step done because something else shows it happened (a saved reflection), unless it is done. */
    public static void markDone(TrackedStepEntity step, LocalDate doneOn) {
        if (step.status != StepStatus.DONE) {
            step.status = StepStatus.DONE;
            step.doneOn = doneOn;
            step.snoozedUntil = null;
        }
    }

    /** Marks a step done only if it is still open (pending or snoozed): a skipped step stays skipped. */
    public static void markDoneIfOpen(TrackedStepEntity step, LocalDate doneOn) {
        if (!settled(step.status)) {
            markDone(step, doneOn);
        }
    }
}
