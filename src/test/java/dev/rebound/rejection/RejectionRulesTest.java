package dev.rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.StageReached;
import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String DUPLICATE = "repeats an earlier tag; tags must be distinct";

    private static RejectionInput input(LocalDate rejectedOn, LocalDate appliedOn, List<String> tags) {
        return new RejectionInput(
                "Nordlicht Analytics",
                "Senior Data Engineer",
                StageReached.FINAL_INTERVIEW,
                null,
                null,
                NotifiedVia.EMAIL,
                rejectedOn,
                appliedOn,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                tags);
    }

    private static List<FieldError> check(LocalDate rejectedOn, LocalDate appliedOn) {
        return RejectionRules.check(input(rejectedOn, appliedOn, null), TODAY);
    }

    private static List<FieldError> checkTags(String... tags) {
        return RejectionRules.check(input(TODAY, null, Arrays.asList(tags)), TODAY);
    }

    @Test
    void acceptsAPlausibleRejection() {
        assertThat(check(TODAY.minusDays(2), TODAY.minusDays(30))).isEmpty();
    }

    @Test
    void acceptsMissingDates() {
        assertThat(check(null, null)).isEmpty();
    }

    @Test
    void rejectsRejectedOnAfterToday() {
        assertThat(check(TODAY.plusDays(1), null))
                .containsExactly(new FieldError("rejectedOn", "must not be after today (2026-06-15)"));
    }

    @Test
    void acceptsRejectedOnToday() {
        assertThat(check(TODAY, null)).isEmpty();
    }

    @Test
    void rejectsRejectedOnBefore1900() {
        assertThat(check(LocalDate.of(1899, 12, 31), null))
                .containsExactly(new FieldError("rejectedOn", "must not be before 1900-01-01"));
    }

    @Test
    void acceptsRejectedOnOnTheFirstDayOf1900() {
        assertThat(check(LocalDate.of(1900, 1, 1), null)).isEmpty();
    }

    @Test
    void rejectsAppliedOnAfterRejectedOn() {
        assertThat(check(TODAY.minusDays(10), TODAY.minusDays(9)))
                .containsExactly(new FieldError("appliedOn", "must not be after rejectedOn"));
    }

    @Test
    void acceptsAppliedOnEqualToRejectedOn() {
        assertThat(check(TODAY.minusDays(10), TODAY.minusDays(10))).isEmpty();
    }

    @Test
    void reportsBothDateProblemsWhenRejectedOnIsInTheFutureAndAppliedOnIsLater() {
        assertThat(check(TODAY.plusDays(1), TODAY.plusDays(2)))
                .containsExactly(
                        new FieldError("rejectedOn", "must not be after today (2026-06-15)"),
                        new FieldError("appliedOn", "must not be after rejectedOn"));
    }

    @Test
    void rejectsAppliedOnAfterTodayWithoutRejectedOn() {
        assertThat(check(null, TODAY.plusDays(1)))
                .containsExactly(new FieldError("appliedOn", "must not be after today (2026-06-15)"));
    }

    @Test
    void rejectsAppliedOnBefore1900() {
        assertThat(check(TODAY, LocalDate.of(1899, 12, 31)))
                .containsExactly(new FieldError("appliedOn", "must not be before 1900-01-01"));
    }

    @Test
    void acceptsDistinctTags() {
        assertThat(checkTags("remote", "data", "Remote")).isEmpty();
    }

    @Test
    void acceptsNoTags() {
        assertThat(RejectionRules.check(input(TODAY, null, null), TODAY)).isEmpty();
        assertThat(RejectionRules.check(input(TODAY, null, List.of()), TODAY)).isEmpty();
    }

    @Test
    void rejectsDuplicateTagNamingTheRepeat() {
        assertThat(checkTags("remote", "data", "remote")).containsExactly(new FieldError("tags[2]", DUPLICATE));
    }

    @Test
    void rejectsEveryRepeatOfATag() {
        assertThat(checkTags("a", "a", "b", "a", "b"))
                .containsExactly(
                        new FieldError("tags[1]", DUPLICATE),
                        new FieldError("tags[3]", DUPLICATE),
                        new FieldError("tags[4]", DUPLICATE));
    }

    @Test
    void ignoresNullTagsWhenLookingForRepeats() {
        assertThat(checkTags(null, "remote", null)).isEmpty();
    }
}
