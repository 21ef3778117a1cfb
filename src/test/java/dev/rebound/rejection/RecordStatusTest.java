package dev.rebound.rejection;

import static dev.rebound.api.model.StepStatus.DONE;
import static dev.rebound.api.model.StepStatus.PENDING;
import static dev.rebound.api.model.StepStatus.SKIPPED;
import static dev.rebound.api.model.StepStatus.SNOOZED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.StepStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordStatusTest {

    private static RecordStatus of(boolean reflectionSaved, StepStatus... steps) {
        return StepRules.recordStatus(List.of(steps), reflectionSaved);
    }

    @Test
    void newWhileNothingIsDoneOrSkipped() {
        assertThat(of(false, PENDING, PENDING, PENDING)).isEqualTo(RecordStatus.NEW);
    }

    @Test
    void snoozingDoesNotCountAsProgress() {
        assertThat(of(false, SNOOZED, PENDING)).isEqualTo(RecordStatus.NEW);
        assertThat(of(false, SNOOZED, SNOOZED)).isEqualTo(RecordStatus.NEW);
    }

    @Test
    void inProgressOnceOneStepIsDone() {
        assertThat(of(false, DONE, PENDING, PENDING)).isEqualTo(RecordStatus.IN_PROGRESS);
    }

    @Test
    void inProgressOnceOneStepIsSkipped() {
        assertThat(of(false, PENDING, SKIPPED)).isEqualTo(RecordStatus.IN_PROGRESS);
    }

    @Test
    void inProgressWhileASnoozedStepIsLeft() {
        assertThat(of(false, DONE, SKIPPED, SNOOZED)).isEqualTo(RecordStatus.IN_PROGRESS);
    }

    @Test
    void closedWhenEveryStepIsDoneOrSkipped() {
        assertThat(of(false, DONE, SKIPPED, DONE)).isEqualTo(RecordStatus.CLOSED);
        assertThat(of(false, SKIPPED, SKIPPED)).isEqualTo(RecordStatus.CLOSED);
        assertThat(of(false, DONE)).isEqualTo(RecordStatus.CLOSED);
    }

    @Test
    void closedWinsOverAReflection() {
        assertThat(of(true, DONE, SKIPPED)).isEqualTo(RecordStatus.CLOSED);
    }

    @Test
    void reflectedWhileOtherStepsAreOpen() {
        assertThat(of(true, DONE, PENDING)).isEqualTo(RecordStatus.REFLECTED);
        assertThat(of(true, PENDING, PENDING)).isEqualTo(RecordStatus.REFLECTED);
        assertThat(of(true, SKIPPED, SNOOZED)).isEqualTo(RecordStatus.REFLECTED);
    }

    @Test
    void anEmptyPlanIsNeverClosed() {
        assertThat(of(false)).isEqualTo(RecordStatus.NEW);
        assertThat(of(true)).isEqualTo(RecordStatus.REFLECTED);
    }
}
