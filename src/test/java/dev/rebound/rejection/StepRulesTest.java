package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.input.StepUpdate;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.StepStatus;
import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StepRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate REJECTED_ON = LocalDate.of(2026, 6, 5);
    private static final LocalDate DUE = LocalDate.of(2026, 6, 8);

    private static List<FieldError> check(StepStatus status, LocalDate doneOn, LocalDate snoozedUntil) {
        return StepRules.check(new StepUpdate(status, doneOn, snoozedUntil), REJECTED_ON, TODAY);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static TrackedStepEntity step(StepStatus status, LocalDate doneOn, LocalDate snoozedUntil) {
        RejectionEntity rejection = new RejectionEntity();
        rejection.id = UUID.randomUUID();
        rejection.ownerId = "user-1";
        TrackedStepEntity step = TrackedStepEntity.pending(rejection, PlanAction.SEND_THANK_YOU, DUE);
        step.status = status;
        step.doneOn = doneOn;
        step.snoozedUntil = snoozedUntil;
        return step;
    }

    private static void assertStep(
            TrackedStepEntity step, StepStatus status, LocalDate doneOn, LocalDate snoozedUntil) {
        assertThat(step.status).as("status").isEqualTo(status);
        assertThat(step.doneOn).as("doneOn").isEqualTo(doneOn);
        assertThat(step.snoozedUntil).as("snoozedUntil").isEqualTo(snoozedUntil);
        assertThat(step.due).as("due never changes with the status").isEqualTo(DUE);
        assertThat(step.action()).isEqualTo(PlanAction.SEND_THANK_YOU);
    }

    @Nested
    class Check {

        @Test
        void requiresAStatusAndReportsNothingElseWithoutOne() {
            // Without a status the dates cannot be judged, so only the status is named.
            assertThat(check(null, TODAY.plusDays(5), TODAY)).containsExactly(new FieldError("status", "is required"));
            assertThat(check(null, null, null)).extracting(FieldError::field).containsExactly("status");
        }

        @Test
        void doneWithoutADateIsFine() {
            assertThat(check(StepStatus.DONE, null, null)).isEmpty();
        }

        @Test
        void doneOnTheRejectionDayIsFine() {
            assertThat(check(StepStatus.DONE, REJECTED_ON, null)).isEmpty();
        }

        @Test
        void doneTheDayBeforeTheRejectionIsRefused() {
            assertThat(check(StepStatus.DONE, REJECTED_ON.minusDays(1), null))
                    .containsExactly(new FieldError("doneOn", "must not be before rejectedOn (2026-06-05)"));
        }

        @Test
        void doneTodayIsFine() {
            assertThat(check(StepStatus.DONE, TODAY, null)).isEmpty();
        }

        @Test
        void doneTomorrowIsRefused() {
            assertThat(check(StepStatus.DONE, TODAY.plusDays(1), null))
                    .containsExactly(new FieldError("doneOn", "must not be in the future (today is 2026-06-15)"));
        }

        @Test
        void defaultDoneOnIsJudgedAgainstRejectedOn() {
            // A record dated "today" by someone in a zone ahead may be tomorrow for this token: today is too early.
            LocalDate rejectedTomorrow = TODAY.plusDays(1);
            assertThat(StepRules.check(new StepUpdate(StepStatus.DONE, null, null), rejectedTomorrow, TODAY))
                    .extracting(FieldError::field)
                    .containsExactly("doneOn");
            assertThat(StepRules.check(new StepUpdate(StepStatus.DONE, null, null), TODAY, TODAY))
                    .isEmpty();
        }

        @Test
        void reportsBothDoneOnProblemsWhenRejectedOnIsAfterToday() {
            LocalDate rejectedOn = TODAY.plusDays(3);
            assertThat(StepRules.check(new StepUpdate(StepStatus.DONE, TODAY.plusDays(1), null), rejectedOn, TODAY))
                    .extracting(FieldError::field)
                    .containsExactly("doneOn", "doneOn");
        }

        @Test
        void doneWithSnoozedUntilIsRefused() {
            assertThat(check(StepStatus.DONE, TODAY, TODAY.plusDays(3)))
                    .containsExactly(new FieldError("snoozedUntil", "may only be given when status is SNOOZED"));
        }

        @Test
        void snoozedUntilTomorrowIsFine() {
            assertThat(check(StepStatus.SNOOZED, null, TODAY.plusDays(1))).isEmpty();
        }

        @Test
        void snoozedUntilTodayIsRefused() {
            assertThat(check(StepStatus.SNOOZED, null, TODAY))
                    .containsExactly(new FieldError("snoozedUntil", "must be after today (2026-06-15)"));
        }

        @Test
        void snoozedUntilYesterdayIsRefused() {
            assertThat(fields(check(StepStatus.SNOOZED, null, TODAY.minusDays(1))))
                    .containsExactly("snoozedUntil");
        }

        @Test
        void snoozedNeedsADate() {
            assertThat(check(StepStatus.SNOOZED, null, null))
                    .containsExactly(new FieldError("snoozedUntil", "is required when status is SNOOZED"));
        }

        @Test
        void snoozedWithDoneOnIsRefused() {
            assertThat(check(StepStatus.SNOOZED, TODAY, TODAY.plusDays(1)))
                    .containsExactly(new FieldError("doneOn", "may only be given when status is DONE"));
        }

        @Test
        void snoozedWithDoneOnAndNoDateReportsBoth() {
            assertThat(fields(check(StepStatus.SNOOZED, TODAY, null))).containsExactly("doneOn", "snoozedUntil");
        }

        @ParameterizedTest
        @EnumSource(
                value = StepStatus.class,
                names = {"SKIPPED", "PENDING"})
        void skippedAndPendingTakeNoDates(StepStatus status) {
            assertThat(check(status, null, null)).isEmpty();
            assertThat(check(status, TODAY, null))
                    .containsExactly(new FieldError("doneOn", "may only be given when status is DONE"));
            assertThat(check(status, null, TODAY.plusDays(1)))
                    .containsExactly(new FieldError("snoozedUntil", "may only be given when status is SNOOZED"));
            assertThat(fields(check(status, TODAY, TODAY.plusDays(1)))).containsExactly("doneOn", "snoozedUntil");
        }
    }

    @Nested
    class Apply {

        @Test
        void doneWithoutADateIsDoneToday() {
            TrackedStepEntity step = step(StepStatus.PENDING, null, null);
            StepRules.apply(new StepUpdate(StepStatus.DONE, null, null), step, TODAY);
            assertStep(step, StepStatus.DONE, TODAY, null);
        }

        @Test
        void doneKeepsTheDateGivenAndClearsASnooze() {
            TrackedStepEntity step = step(StepStatus.SNOOZED, null, TODAY.plusDays(4));
            StepRules.apply(new StepUpdate(StepStatus.DONE, REJECTED_ON, null), step, TODAY);
            assertStep(step, StepStatus.DONE, REJECTED_ON, null);
        }

        @Test
        void snoozedSetsTheDateAndClearsDoneOn() {
            TrackedStepEntity step = step(StepStatus.DONE, TODAY.minusDays(1), null);
            StepRules.apply(new StepUpdate(StepStatus.SNOOZED, null, TODAY.plusDays(7)), step, TODAY);
            assertStep(step, StepStatus.SNOOZED, null, TODAY.plusDays(7));
        }

        @Test
        void skippedClearsBothDates() {
            TrackedStepEntity done = step(StepStatus.DONE, TODAY, null);
            StepRules.apply(new StepUpdate(StepStatus.SKIPPED, null, null), done, TODAY);
            assertStep(done, StepStatus.SKIPPED, null, null);

            TrackedStepEntity snoozed = step(StepStatus.SNOOZED, null, TODAY.plusDays(2));
            StepRules.apply(new StepUpdate(StepStatus.SKIPPED, null, null), snoozed, TODAY);
            assertStep(snoozed, StepStatus.SKIPPED, null, null);
        }

        @Test
        void backToPendingClearsBothDates() {
            TrackedStepEntity done = step(StepStatus.DONE, TODAY, null);
            StepRules.apply(new StepUpdate(StepStatus.PENDING, null, null), done, TODAY);
            assertStep(done, StepStatus.PENDING, null, null);

            TrackedStepEntity snoozed = step(StepStatus.SNOOZED, null, TODAY.plusDays(2));
            StepRules.apply(new StepUpdate(StepStatus.PENDING, null, null), snoozed, TODAY);
            assertStep(snoozed, StepStatus.PENDING, null, null);
        }

        @Test
        void dropsDatesThatDoNotBelongToTheNewStatus() {
            // apply() expects a checked update, but it still never stores a date with the wrong status.
            TrackedStepEntity step = step(StepStatus.PENDING, null, null);
            StepRules.apply(new StepUpdate(StepStatus.SKIPPED, TODAY, TODAY.plusDays(1)), step, TODAY);
            assertStep(step, StepStatus.SKIPPED, null, null);

            StepRules.apply(new StepUpdate(StepStatus.DONE, TODAY, TODAY.plusDays(1)), step, TODAY);
            assertStep(step, StepStatus.DONE, TODAY, null);

            StepRules.apply(new StepUpdate(StepStatus.SNOOZED, TODAY, TODAY.plusDays(1)), step, TODAY);
            assertStep(step, StepStatus.SNOOZED, null, TODAY.plusDays(1));
        }
    }

    @Nested
    class MarkDone {

        @Test
        void marksAPendingStepDone() {
            TrackedStepEntity step = step(StepStatus.PENDING, null, null);
            StepRules.markDone(step, TODAY.minusDays(2));
            assertStep(step, StepStatus.DONE, TODAY.minusDays(2), null);
        }

        @Test
        void marksASnoozedStepDoneAndClearsTheSnooze() {
            TrackedStepEntity step = step(StepStatus.SNOOZED, null, TODAY.plusDays(3));
            StepRules.markDone(step, TODAY);
            assertStep(step, StepStatus.DONE, TODAY, null);
        }

        @Test
        void marksASkippedStepDone() {
            TrackedStepEntity step = step(StepStatus.SKIPPED, null, null);
            StepRules.markDone(step, TODAY);
            assertStep(step, StepStatus.DONE, TODAY, null);
        }

        @Test
        void keepsTheDateOfAStepAlreadyDone() {
            TrackedStepEntity step = step(StepStatus.DONE, REJECTED_ON, null);
            StepRules.markDone(step, TODAY);
            assertStep(step, StepStatus.DONE, REJECTED_ON, null);
        }
    }

    @Nested
    class MarkDoneIfOpen {

        @Test
        void marksAPendingStepDone() {
            TrackedStepEntity step = step(StepStatus.PENDING, null, null);
            StepRules.markDoneIfOpen(step, TODAY);
            assertStep(step, StepStatus.DONE, TODAY, null);
        }

        @Test
        void marksASnoozedStepDoneAndClearsTheSnooze() {
            TrackedStepEntity step = step(StepStatus.SNOOZED, null, TODAY.plusDays(3));
            StepRules.markDoneIfOpen(step, TODAY.minusDays(1));
            assertStep(step, StepStatus.DONE, TODAY.minusDays(1), null);
        }

        @Test
        void leavesASkippedStepSkipped() {
            TrackedStepEntity step = step(StepStatus.SKIPPED, null, null);
            StepRules.markDoneIfOpen(step, TODAY);
            assertStep(step, StepStatus.SKIPPED, null, null);
        }

        @Test
        void keepsTheDateOfAStepAlreadyDone() {
            TrackedStepEntity step = step(StepStatus.DONE, REJECTED_ON, null);
            StepRules.markDoneIfOpen(step, TODAY);
            assertStep(step, StepStatus.DONE, REJECTED_ON, null);
        }
    }

    @Test
    void onlyDoneAndSkippedAreSettled() {
        assertThat(StepRules.settled(StepStatus.DONE)).isTrue();
        assertThat(StepRules.settled(StepStatus.SKIPPED)).isTrue();
        assertThat(StepRules.settled(StepStatus.PENDING)).isFalse();
        assertThat(StepRules.settled(StepStatus.SNOOZED)).isFalse();
    }

    @Test
    void aSnoozeLastsAtMostAYear() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        LocalDate rejectedOn = today.minusDays(3);
        assertThat(StepRules.check(new StepUpdate(StepStatus.SNOOZED, null, today.plusDays(365)), rejectedOn, today))
                .isEmpty();
        assertThat(StepRules.check(new StepUpdate(StepStatus.SNOOZED, null, today.plusDays(366)), rejectedOn, today))
                .extracting(FieldError::field)
                .containsExactly("snoozedUntil");
        assertThat(StepRules.check(
                        new StepUpdate(StepStatus.SNOOZED, null, LocalDate.of(9999, 12, 31)), rejectedOn, today))
                .extracting(FieldError::field)
                .containsExactly("snoozedUntil");
    }
}
