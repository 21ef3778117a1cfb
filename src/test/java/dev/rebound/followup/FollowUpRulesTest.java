package dev.rebound.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.input.FeedbackInput;
import dev.rebound.api.input.ReflectionInput;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate REJECTED_ON = LocalDate.of(2026, 6, 10);
    private static final FieldError NO_CONTENT =
            new FieldError("summary", "must be given when there are no points: feedback needs content");
    private static final List<String> OFFERED = List.of("preparation.research", "answers.examples", "let-go.move-on");

    // --- checkFeedback ----------------------------------------------------------------------------

    private List<FieldError> feedback(String summary, List<String> points, LocalDate receivedOn) {
        return FollowUpRules.checkFeedback(
                new FeedbackInput(receivedOn, summary, points), receivedOn, REJECTED_ON, TODAY);
    }

    @Test
    void acceptsASummaryAlone() {
        assertThat(feedback("They wanted deeper Spark experience.", null, TODAY.minusDays(1)))
                .isEmpty();
    }

    @Test
    void acceptsPointsAlone() {
        assertThat(feedback(null, List.of("More system design depth"), TODAY.minusDays(1)))
                .isEmpty();
    }

    @Test
    void acceptsPointsWithABlankSummary() {
        assertThat(feedback("   ", List.of("Be more concise"), TODAY.minusDays(1)))
                .isEmpty();
    }

    @Test
    void acceptsReceivedOnTheDayOfTheRejection() {
        assertThat(feedback("Fine.", null, REJECTED_ON)).isEmpty();
    }

    @Test
    void acceptsReceivedOnToday() {
        assertThat(feedback("Fine.", null, TODAY)).isEmpty();
    }

    @Test
    void acceptsRejectedAndReceivedToday() {
        assertThat(FollowUpRules.checkFeedback(new FeedbackInput(null, "Fine.", null), TODAY, TODAY, TODAY))
                .isEmpty();
    }

    @Test
    void refusesReceivedTheDayBeforeTheRejection() {
        assertThat(feedback("Fine.", null, REJECTED_ON.minusDays(1)))
                .containsExactly(new FieldError("receivedOn", "must not be before rejectedOn (2026-06-10)"));
    }

    @Test
    void refusesReceivedTomorrow() {
        assertThat(feedback("Fine.", null, TODAY.plusDays(1)))
                .containsExactly(new FieldError("receivedOn", "must not be in the future (today is 2026-06-15)"));
    }

    @Test
    void judgesTheDateAfterDefaultsNotTheBodysDate() {
        // The body leaves receivedOn out; the caller passes the default (today), which is what gets checked.
        FeedbackInput input = new FeedbackInput(null, "Fine.", null);
        assertThat(FollowUpRules.checkFeedback(input, TODAY, REJECTED_ON, TODAY))
                .isEmpty();
        assertThat(FollowUpRules.checkFeedback(input, TODAY.plusDays(1), REJECTED_ON, TODAY))
                .extracting(FieldError::field)
                .containsExactly("receivedOn");
    }

    @Test
    void reportsBothDateProblemsWhenNoDayCanSatisfyThem() {
        // A record stored as rejected after today (another zone's today): the date is both too early and too late.
        assertThat(FollowUpRules.checkFeedback(
                        new FeedbackInput(null, "Fine.", null), TODAY.plusDays(1), TODAY.plusDays(3), TODAY))
                .containsExactly(
                        new FieldError("receivedOn", "must not be before rejectedOn (2026-06-18)"),
                        new FieldError("receivedOn", "must not be in the future (today is 2026-06-15)"));
    }

    @Test
    void refusesNoSummaryAndNoPoints() {
        assertThat(feedback(null, null, TODAY)).containsExactly(NO_CONTENT);
    }

    @Test
    void refusesNoSummaryAndEmptyPoints() {
        assertThat(feedback(null, List.of(), TODAY)).containsExactly(NO_CONTENT);
    }

    @Test
    void refusesABlankSummaryWithoutPoints() {
        assertThat(feedback(" \t\n", List.of(), TODAY)).containsExactly(NO_CONTENT);
    }

    @Test
    void treatsUnicodeSpacesAsBlank() {
        // No-break space and ideographic space, which String.isBlank() would count as content.
        assertThat(feedback("\u00A0\u3000", null, TODAY)).containsExactly(NO_CONTENT);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(feedback("", null, TODAY.plusDays(1)))
                .containsExactly(
                        new FieldError("receivedOn", "must not be in the future (today is 2026-06-15)"), NO_CONTENT);
    }

    // --- checkReflection --------------------------------------------------------------------------

    private ReflectionInput.Answer answer(String key) {
        return new ReflectionInput.Answer(key, "Something I noticed.");
    }

    private List<FieldError> reflection(List<ReflectionInput.Answer> answers, List<ImprovementArea> areas) {
        return FollowUpRules.checkReflection(new ReflectionInput(answers, null, areas, null), OFFERED);
    }

    @Test
    void acceptsAnEmptyReflection() {
        assertThat(reflection(null, null)).isEmpty();
        assertThat(reflection(List.of(), List.of())).isEmpty();
    }

    @Test
    void acceptsAnswersToEveryOfferedPromptInAnyOrder() {
        assertThat(reflection(
                        List.of(answer("let-go.move-on"), answer("preparation.research"), answer("answers.examples")),
                        null))
                .isEmpty();
    }

    @Test
    void acceptsEveryAreaOnce() {
        assertThat(reflection(null, List.of(ImprovementArea.values()))).isEmpty();
    }

    @Test
    void refusesAKeyThatIsNotOffered() {
        List<FieldError> errors =
                reflection(List.of(answer("preparation.research"), answer("application.resume")), null);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("answers[1].promptKey");
        assertThat(errors.get(0).message())
                .isEqualTo("must be the key of a prompt offered for this rejection (preparation.research, "
                        + "answers.examples, let-go.move-on), not 'application.resume'");
    }

    @Test
    void comparesKeysExactly() {
        assertThat(reflection(List.of(answer("Preparation.Research"), answer(" let-go.move-on")), null))
                .extracting(FieldError::field)
                .containsExactly("answers[0].promptKey", "answers[1].promptKey");
    }

    @Test
    void refusesEveryKeyWhenNothingIsOffered() {
        assertThat(FollowUpRules.checkReflection(
                        new ReflectionInput(List.of(answer("let-go.move-on")), null, null, null), List.of()))
                .extracting(FieldError::field)
                .containsExactly("answers[0].promptKey");
    }

    @Test
    void refusesARepeatedKeyAtEachRepeat() {
        assertThat(reflection(
                        List.of(
                                answer("answers.examples"),
                                answer("let-go.move-on"),
                                answer("answers.examples"),
                                answer("answers.examples")),
                        null))
                .containsExactly(
                        new FieldError("answers[2].promptKey", "must not repeat a prompt answered earlier in the list"),
                        new FieldError(
                                "answers[3].promptKey", "must not repeat a prompt answered earlier in the list"));
    }

    @Test
    void reportsAnUnofferedKeyOnlyAsUnofferedEvenWhenRepeated() {
        List<FieldError> errors = reflection(List.of(answer("fit.compensation"), answer("fit.compensation")), null);
        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactly("answers[0].promptKey", "answers[1].promptKey");
        assertThat(errors).extracting(FieldError::message).allMatch(message -> message.startsWith("must be the key"));
    }

    @Test
    void skipsAnswersThatCouldNotBeBound() {
        // Binding leaves null where an element or its key was unusable; those already have their own error.
        assertThat(reflection(
                        Arrays.asList(null, new ReflectionInput.Answer(null, "x"), answer("let-go.move-on")), null))
                .isEmpty();
    }

    @Test
    void refusesARepeatedAreaAtEachRepeat() {
        assertThat(reflection(
                        null,
                        List.of(
                                ImprovementArea.PREPARATION,
                                ImprovementArea.FIT,
                                ImprovementArea.PREPARATION,
                                ImprovementArea.FIT)))
                .containsExactly(
                        new FieldError("improvementAreas[2]", "must not repeat PREPARATION"),
                        new FieldError("improvementAreas[3]", "must not repeat FIT"));
    }

    @Test
    void skipsAreasThatCouldNotBeBound() {
        assertThat(reflection(null, Arrays.asList(null, ImprovementArea.FIT, null)))
                .isEmpty();
    }

    @Test
    void reportsAnswersAndAreasTogether() {
        assertThat(reflection(List.of(answer("nope")), List.of(ImprovementArea.ANSWERS, ImprovementArea.ANSWERS)))
                .extracting(FieldError::field)
                .containsExactly("answers[0].promptKey", "improvementAreas[1]");
    }
}
