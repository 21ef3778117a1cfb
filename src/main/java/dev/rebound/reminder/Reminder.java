package dev.rebound.reminder;

import dev.rebound.vocabulary.PlanAction;
import dev.rebound.vocabulary.StepStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open step of one of the owner's plans, with enough of its rejection to say what it is about.
 *
 * @param id the rejection's id
 * @param remindOn the day the step needs attention: its due date, or the end of its snooze
 */
public record Reminder(
        UUID id,
        String company,
        String role,
        PlanAction action,
        LocalDate due,
        StepStatus status,
        LocalDate snoozedUntil,
        LocalDate remindOn) {}
