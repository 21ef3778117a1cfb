package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.StepStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan column that the read model folds into each record's row, read back into steps. */
class RejectionReadsTest {

    @Test
    void readsEveryStepInTheOrderPostgreSqlWroteThem() {
        List<PlanStepView> plan = RejectionReads.plan("SEND_THANK_YOU 2026-11-23 DONE 2026-11-24 -,"
                + "REQUEST_FEEDBACK 2026-11-24 SNOOZED - 2026-12-01,REFLECT 2026-11-27 SKIPPED - -,"
                + "CHECK_NEW_OPENINGS 2027-02-20 PENDING - -");

        assertThat(plan)
                .containsExactly(
                        new PlanStepView(
                                PlanAction.SEND_THANK_YOU,
                                LocalDate.of(2026, 11, 23),
                                StepStatus.DONE,
                                LocalDate.of(2026, 11, 24),
                                null),
                        new PlanStepView(
                                PlanAction.REQUEST_FEEDBACK,
                                LocalDate.of(2026, 11, 24),
                                StepStatus.SNOOZED,
                                null,
                                LocalDate.of(2026, 12, 1)),
                        new PlanStepView(
                                PlanAction.REFLECT, LocalDate.of(2026, 11, 27), StepStatus.SKIPPED, null, null),
                        new PlanStepView(
                                PlanAction.CHECK_NEW_OPENINGS,
                                LocalDate.of(2027, 2, 20),
                                StepStatus.PENDING,
                                null,
                                null));
    }

    @Test
    void aRecordWithoutStepsHasAnEmptyPlan() {
        assertThat(RejectionReads.plan(null)).isEmpty();
    }
}
