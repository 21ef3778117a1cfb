package dev.rebound.rejection;

import dev.rebound.vocabulary.StepStatus;
import java.util.Collection;

/** How far the person has got with a rejection, derived from its plan and whether they reflected on it. */
public enum RecordStatus {
    /** No step done or skipped yet. */
    NEW,
    IN_PROGRESS,
    /** A reflection is saved and other steps are still open. */
    REFLECTED,
    /** Every step is done or skipped. */
    CLOSED;

    public static RecordStatus of(Collection<StepStatus> steps, boolean reflectionSaved) {
        if (!steps.isEmpty() && steps.stream().allMatch(StepStatus::settled)) {
            return CLOSED;
        }
        if (reflectionSaved) {
            return REFLECTED;
        }
        return steps.stream().anyMatch(StepStatus::settled) ? IN_PROGRESS : NEW;
    }
}
