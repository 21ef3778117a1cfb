package dev.rebound.vocabulary;

/** What the person has done with one step of the plan. */
public enum StepStatus {
    PENDING,
    DONE,
    SKIPPED,
    /** Put off until {@code snoozedUntil}, when it is due again. */
    SNOOZED;

    /** Done or skipped: nothing more to do. */
    public boolean settled() {
        return this == DONE || this == SKIPPED;
    }
}
