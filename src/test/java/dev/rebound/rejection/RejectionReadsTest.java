package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.StepStatus;
import dev.rebound.api.model.TrackedStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan column that the read model folds into each record's row, read back into steps. */
class RejectionReadsTest {

    @Test
    void readsEveryStepInTheOrderPostgreSqlWroteThem() {
        List<TrackedStep> plan = RejectionReads.plan("SEND_THANK_YOU 2026-11-23 DONE 2026-11-24 -,"
                + "REQUEST_FEEDBACK 2026-11-24 SNOOZED - 2026-12-01,REFLECT 2026-11-27 SKIPPED - -,"
                + "CHECK_NEW_OPENINGS 2027-02-20 PENDING - -");

        assertThat(plan)
                .containsExactly(
                        new TrackedStep()
                                .action(PlanAction.SEND_THANK_YOU)
                                .due(LocalDate.of(2026, 11, 23))
                                .status(StepStatus.DONE)
                                .doneOn(LocalDate.of(2026, 11, 24))
                                .snoozedUntil(null),
                        new TrackedStep()
                                .action(PlanAction.REQUEST_FEEDBACK)
                                .due(LocalDate.of(2026, 11, 24))
                                .status(StepStatus.SNOOZED)
                                .doneOn(null)
                                .snoozedUntil(LocalDate.of(2026, 12, 1)),
                        new TrackedStep()
                                .action(PlanAction.REFLECT)
                                .due(LocalDate.of(2026, 11, 27))
                                .status(StepStatus.SKIPPED)
                                .doneOn(null)
                                .snoozedUntil(null),
                        new TrackedStep()
                                .action(PlanAction.CHECK_NEW_OPENINGS)
                                .due(LocalDate.of(2027, 2, 20))
                                .status(StepStatus.PENDING)
                                .doneOn(null)
                                .snoozedUntil(null));
    }

    @Test
    void aRecordWithoutStepsHasAnEmptyPlan() {
        assertThat(RejectionReads.plan(null)).isEmpty();
    }
}
