package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.PlanStep;
import dev.rebound.api.model.PromptCategory;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionRulesTest {

    /** A fluent way to build {@link RejectionFacts} through its canonical constructor. */
    private static final class Facts {
        private String company = "Nordlicht Analytics";
        private String role = "Data Engineer";
        private StageReached stage = StageReached.APPLIED;
        private InterviewFormat format = InterviewFormat.NONE;
        private NotifiedVia via = NotifiedVia.EMAIL;
        private LocalDate rejectedOn = LocalDate.of(2024, 6, 3);
        private RejectionReason reason = RejectionReason.NOT_GIVEN;
        private String contactName;
        private String contactEmail;
        private boolean internal;
        private Integer selfAssessment;

        Facts stage(StageReached value) {
            stage = value;
            return this;
        }

        Facts format(InterviewFormat value) {
            format = value;
            return this;
        }

        Facts via(NotifiedVia value) {
            via = value;
            return this;
        }

        Facts rejectedOn(LocalDate value) {
            rejectedOn = value;
            return this;
        }

        Facts reason(RejectionReason value) {
            reason = value;
            return this;
        }

        Facts contactName(String value) {
            contactName = value;
            return this;
        }

        Facts contactEmail(String value) {
            contactEmail = value;
            return this;
        }

        Facts internal(boolean value) {
            internal = value;
            return this;
        }

        Facts selfAssessment(Integer value) {
            selfAssessment = value;
            return this;
        }

        RejectionFacts build() {
            return new RejectionFacts(
                    company,
                    role,
                    stage,
                    format,
                    via,
                    rejectedOn,
                    reason,
                    contactName,
                    contactEmail,
                    internal,
                    selfAssessment);
        }
    }

    private static Facts facts() {
        return new Facts();
    }

    private static List<String> keys(List<PromptKey> prompts) {
        return prompts.stream().map(PromptKey::key).toList();
    }

    private static List<PromptCategory> categories(List<PromptKey> prompts) {
        return prompts.stream().map(PromptKey::category).toList();
    }

    @Nested
    class FeedbackAdviceRules {

        @ParameterizedTest
        @EnumSource(StageReached.class)
        void ghostedWhenTheyNeverRespondedAtAnyStage(StageReached stage) {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(
                    facts().via(NotifiedVia.NO_RESPONSE).stage(stage).build());

            assertThat(advice).isEqualTo(FeedbackAdvice.GHOSTED);
            assertThat(advice.recommended()).isFalse();
        }

        @Test
        void ghostedWinsOverAContactAndAFinalInterview() {
            RejectionFacts facts = facts().via(NotifiedVia.NO_RESPONSE)
                    .stage(StageReached.FINAL_INTERVIEW)
                    .format(InterviewFormat.IN_PERSON)
                    .contactName("Ana López")
                    .contactEmail("ana@example.com")
                    .build();

            assertThat(SuggestionRules.feedbackAdvice(facts)).isEqualTo(FeedbackAdvice.GHOSTED);
        }

        @Test
        void ghostedWinsOverAutomatedScreening() {
            RejectionFacts facts = facts().via(NotifiedVia.NO_RESPONSE)
                    .stage(StageReached.APPLIED)
                    .reason(RejectionReason.AUTOMATED_SCREENING)
                    .build();

            assertThat(SuggestionRules.feedbackAdvice(facts)).isEqualTo(FeedbackAdvice.GHOSTED);
        }

        @Test
        void screenedOutAutomaticallyWhenRejectedAtApplicationByAutomatedScreening() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts().stage(StageReached.APPLIED)
                    .reason(RejectionReason.AUTOMATED_SCREENING)
                    .build());

            assertThat(advice).isEqualTo(FeedbackAdvice.SCREENED_OUT_AUTOMATICALLY);
            assertThat(advice.recommended()).isFalse();
        }

        @Test
        void automatedScreeningIsNotRecommendedEvenWithAContact() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts().stage(StageReached.APPLIED)
                    .reason(RejectionReason.AUTOMATED_SCREENING)
                    .contactName("Ana López")
                    .contactEmail("ana@example.com")
                    .build());

            assertThat(advice).isEqualTo(FeedbackAdvice.SCREENED_OUT_AUTOMATICALLY);
            assertThat(advice.recommended()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = StageReached.class, names = "APPLIED", mode = EnumSource.Mode.EXCLUDE)
        void spokeWithThemFromScreeningOnwardsEvenWithoutAContact(StageReached stage) {
            FeedbackAdvice advice =
                    SuggestionRules.feedbackAdvice(facts().stage(stage).build());

            assertThat(advice).isEqualTo(FeedbackAdvice.SPOKE_WITH_THEM);
            assertThat(advice.recommended()).isTrue();
        }

        @Test
        void automatedScreeningReasonOnlyCountsAtTheApplicationStage() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts().stage(StageReached.SCREENING)
                    .reason(RejectionReason.AUTOMATED_SCREENING)
                    .build());

            assertThat(advice).isEqualTo(FeedbackAdvice.SPOKE_WITH_THEM);
        }

        @Test
        void spokeWithThemWinsOverHavingAContact() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts().stage(StageReached.INTERVIEW)
                    .contactEmail("ana@example.com")
                    .build());

            assertThat(advice).isEqualTo(FeedbackAdvice.SPOKE_WITH_THEM);
        }

        @Test
        void hasContactWhenOnlyAContactNameIsKnown() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(
                    facts().stage(StageReached.APPLIED).contactName("Ana López").build());

            assertThat(advice).isEqualTo(FeedbackAdvice.HAS_CONTACT);
            assertThat(advice.recommended()).isTrue();
        }

        @Test
        void hasContactWhenOnlyAContactEmailIsKnown() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts().stage(StageReached.APPLIED)
                    .contactEmail("ana@example.com")
                    .build());

            assertThat(advice).isEqualTo(FeedbackAdvice.HAS_CONTACT);
        }

        @Test
        void nobodyToAskWhenApplicationStageAndNoContact() {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(
                    facts().stage(StageReached.APPLIED).build());

            assertThat(advice).isEqualTo(FeedbackAdvice.NOBODY_TO_ASK);
            assertThat(advice.recommended()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   ", "\t", "\n"})
        void blankContactNameAndEmailCountAsNoContact(String blank) {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(facts().stage(StageReached.APPLIED)
                    .contactName(blank)
                    .contactEmail(blank)
                    .build());

            assertThat(advice).isEqualTo(FeedbackAdvice.NOBODY_TO_ASK);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", "\u3000 "})
        void unicodeBlankContactNameCountsAsNoContact(String blank) {
            FeedbackAdvice advice = SuggestionRules.feedbackAdvice(
                    facts().stage(StageReached.APPLIED).contactName(blank).build());

            assertThat(advice).isEqualTo(FeedbackAdvice.NOBODY_TO_ASK);
        }

        @ParameterizedTest
        @EnumSource(value = NotifiedVia.class, names = "NO_RESPONSE", mode = EnumSource.Mode.EXCLUDE)
        void everyAnswerChannelOtherThanNoResponseIsNotGhosting(NotifiedVia via) {
            assertThat(SuggestionRules.feedbackAdvice(
                            facts().via(via).stage(StageReached.APPLIED).build()))
                    .isEqualTo(FeedbackAdvice.NOBODY_TO_ASK);
            assertThat(SuggestionRules.feedbackAdvice(
                            facts().via(via).stage(StageReached.INTERVIEW).build()))
                    .isEqualTo(FeedbackAdvice.SPOKE_WITH_THEM);
        }

        @ParameterizedTest
        @EnumSource(value = InterviewFormat.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
        void aMeetingAtTheApplicationStageDoesNotCountAsSpeakingWithThem(InterviewFormat format) {
            // The rule is stage-based: "stage SCREENING or later".
            assertThat(SuggestionRules.feedbackAdvice(
                            facts().stage(StageReached.APPLIED).format(format).build()))
                    .isEqualTo(FeedbackAdvice.NOBODY_TO_ASK);
        }
    }

    @Nested
    class Prompts {

        @Test
        void phoneCallAsksAboutVoiceAndInterviewerSignals() {
            List<PromptKey> prompts = SuggestionRules.prompts(facts().stage(StageReached.SCREENING)
                    .format(InterviewFormat.PHONE)
                    .build());

            assertThat(keys(prompts))
                    .contains("body-language.voice", "interviewer-signals.lost-interest")
                    .doesNotContain("body-language.on-camera", "body-language.in-person");
        }

        @Test
        void videoCallAsksAboutPresenceOnCamera() {
            List<PromptKey> prompts = SuggestionRules.prompts(facts().stage(StageReached.INTERVIEW)
                    .format(InterviewFormat.VIDEO)
                    .build());

            assertThat(keys(prompts))
                    .contains("body-language.on-camera", "interviewer-signals.lost-interest")
                    .doesNotContain("body-language.voice", "body-language.in-person");
        }

        @Test
        void inPersonMeetingAsksAboutPresenceInPerson() {
            List<PromptKey> prompts = SuggestionRules.prompts(facts().stage(StageReached.FINAL_INTERVIEW)
                    .format(InterviewFormat.IN_PERSON)
                    .build());

            assertThat(keys(prompts))
                    .contains("body-language.in-person", "interviewer-signals.lost-interest")
                    .doesNotContain("body-language.voice", "body-language.on-camera");
        }

        @ParameterizedTest
        @EnumSource(InterviewFormat.class)
        void exactlyOneBodyLanguagePromptPerMeeting(InterviewFormat format) {
            List<PromptKey> prompts = SuggestionRules.prompts(
                    facts().stage(StageReached.INTERVIEW).format(format).build());

            long bodyLanguage = categories(prompts).stream()
                    .filter(c -> c == PromptCategory.BODY_LANGUAGE)
                    .count();
            long signals = categories(prompts).stream()
                    .filter(c -> c == PromptCategory.INTERVIEWER_SIGNALS)
                    .count();
            int expected = format == InterviewFormat.NONE ? 0 : 1;
            assertThat(bodyLanguage).isEqualTo(expected);
            assertThat(signals).isEqualTo(expected);
        }

        @ParameterizedTest
        @EnumSource(StageReached.class)
        void noMeetingMeansNoBodyLanguageOrInterviewerSignals(StageReached stage) {
            List<PromptKey> prompts = SuggestionRules.prompts(
                    facts().stage(stage).format(InterviewFormat.NONE).build());

            assertThat(categories(prompts))
                    .doesNotContain(PromptCategory.BODY_LANGUAGE, PromptCategory.INTERVIEWER_SIGNALS);
        }

        @Test
        void plainApplicationGetsOnlyApplicationMaterialsAndLettingGo() {
            List<PromptKey> prompts =
                    SuggestionRules.prompts(facts().stage(StageReached.APPLIED).build());

            assertThat(keys(prompts))
                    .containsExactlyInAnyOrder(
                            "application.resume",
                            "application.posting-match",
                            "preparation.learning-goal",
                            "let-go.move-on");
            assertThat(keys(prompts)).last().isEqualTo("let-go.move-on");
        }

        @Test
        void applicationStagePromptsAreExtendedOnlyByMeetingSelfAssessmentInternalAndCompensation() {
            List<PromptKey> prompts = SuggestionRules.prompts(facts().stage(StageReached.APPLIED)
                    .format(InterviewFormat.PHONE)
                    .selfAssessment(5)
                    .internal(true)
                    .reason(RejectionReason.COMPENSATION_MISMATCH)
                    .build());

            assertThat(keys(prompts))
                    .containsExactlyInAnyOrder(
                            "application.resume",
                            "application.posting-match",
                            "body-language.voice",
                            "interviewer-signals.lost-interest",
                            "answers.felt-well",
                            "fit.hiring-manager",
                            "fit.own-manager",
                            "fit.compensation",
                            "preparation.learning-goal",
                            "let-go.move-on");
            assertThat(keys(prompts)).last().isEqualTo("let-go.move-on");
        }

        @ParameterizedTest
        @EnumSource(value = RejectionReason.class, names = "COMPENSATION_MISMATCH", mode = EnumSource.Mode.EXCLUDE)
        void applicationStageWithOtherReasonsGetsNothingExtra(RejectionReason reason) {
            List<PromptKey> prompts = SuggestionRules.prompts(
                    facts().stage(StageReached.APPLIED).reason(reason).build());

            assertThat(keys(prompts))
                    .containsExactlyInAnyOrder(
                            "application.resume",
                            "application.posting-match",
                            "preparation.learning-goal",
                            "let-go.move-on");
        }

        @ParameterizedTest
        @EnumSource(value = StageReached.class, names = "APPLIED", mode = EnumSource.Mode.EXCLUDE)
        void laterStagesGetNoApplicationMaterialsPrompts(StageReached stage) {
            List<PromptKey> prompts =
                    SuggestionRules.prompts(facts().stage(stage).build());

            assertThat(categories(prompts)).doesNotContain(PromptCategory.APPLICATION_MATERIALS);
            assertThat(keys(prompts)).doesNotContain("application.resume", "application.posting-match");
        }

        @ParameterizedTest
        @ValueSource(ints = {4, 5})
        void highSelfAssessmentAsksWhatFeltWell(int selfAssessment) {
            assertThat(keys(SuggestionRules.prompts(facts().stage(StageReached.INTERVIEW)
                            .selfAssessment(selfAssessment)
                            .build())))
                    .contains("answers.felt-well");
            assertThat(keys(SuggestionRules.prompts(facts().stage(StageReached.APPLIED)
                            .selfAssessment(selfAssessment)
                            .build())))
                    .contains("answers.felt-well");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(ints = {1, 2, 3})
        void lowMiddleOrMissingSelfAssessmentDoesNotAskWhatFeltWell(Integer selfAssessment) {
            assertThat(keys(SuggestionRules.prompts(facts().stage(StageReached.INTERVIEW)
                            .selfAssessment(selfAssessment)
                            .build())))
                    .doesNotContain("answers.felt-well");
            assertThat(keys(SuggestionRules.prompts(facts().stage(StageReached.APPLIED)
                            .selfAssessment(selfAssessment)
                            .build())))
                    .doesNotContain("answers.felt-well");
        }

        @ParameterizedTest
        @EnumSource(StageReached.class)
        void internalCandidatesReflectOnHiringManagerAndOwnManager(StageReached stage) {
            assertThat(keys(SuggestionRules.prompts(
                            facts().stage(stage).internal(true).build())))
                    .contains("fit.hiring-manager", "fit.own-manager");
            assertThat(keys(SuggestionRules.prompts(
                            facts().stage(stage).internal(false).build())))
                    .doesNotContain("fit.hiring-manager", "fit.own-manager");
        }

        @ParameterizedTest
        @EnumSource(StageReached.class)
        void compensationMismatchAsksAboutCompensation(StageReached stage) {
            assertThat(keys(SuggestionRules.prompts(facts().stage(stage)
                            .reason(RejectionReason.COMPENSATION_MISMATCH)
                            .build())))
                    .contains("fit.compensation");
        }

        @ParameterizedTest
        @EnumSource(value = RejectionReason.class, names = "COMPENSATION_MISMATCH", mode = EnumSource.Mode.EXCLUDE)
        void otherReasonsDoNotAskAboutCompensation(RejectionReason reason) {
            assertThat(keys(SuggestionRules.prompts(facts().stage(StageReached.FINAL_INTERVIEW)
                            .reason(reason)
                            .build())))
                    .doesNotContain("fit.compensation");
        }

        @Test
        void assessmentStageAsksAboutTheAssessment() {
            assertThat(keys(SuggestionRules.prompts(
                            facts().stage(StageReached.ASSESSMENT).build())))
                    .contains("preparation.assessment");
        }

        @ParameterizedTest
        @EnumSource(value = StageReached.class, names = "ASSESSMENT", mode = EnumSource.Mode.EXCLUDE)
        void otherStagesDoNotAskAboutAnAssessment(StageReached stage) {
            assertThat(keys(SuggestionRules.prompts(facts().stage(stage).build())))
                    .doesNotContain("preparation.assessment");
        }

        @Test
        void alwaysEndsWithExactlyOneLetGoPrompt() {
            List<PromptKey> prompts = SuggestionRules.prompts(facts().stage(StageReached.OFFER)
                    .format(InterviewFormat.IN_PERSON)
                    .internal(true)
                    .selfAssessment(4)
                    .reason(RejectionReason.COMPENSATION_MISMATCH)
                    .build());

            assertThat(prompts).last().isEqualTo(PromptKey.LET_GO);
            assertThat(prompts.get(prompts.size() - 2)).isEqualTo(PromptKey.LEARNING_GOAL);
            assertThat(keys(prompts)).last().isEqualTo("let-go.move-on");
            assertThat(prompts)
                    .filteredOn(p -> p.category() == PromptCategory.LET_GO)
                    .hasSize(1);
            assertThat(keys(prompts)).doesNotHaveDuplicates();
        }

        @Test
        void invariantsHoldForEveryCombinationOfFacts() {
            List<Integer> selfAssessments = Arrays.asList(null, 1, 2, 3, 4, 5);
            List<String> failures = new ArrayList<>();
            int combinations = 0;
            for (StageReached stage : StageReached.values()) {
                for (InterviewFormat format : InterviewFormat.values()) {
                    for (NotifiedVia via : NotifiedVia.values()) {
                        for (boolean internal : new boolean[] {false, true}) {
                            for (Integer self : selfAssessments) {
                                for (RejectionReason reason : RejectionReason.values()) {
                                    combinations++;
                                    RejectionFacts facts = facts().stage(stage)
                                            .format(format)
                                            .via(via)
                                            .internal(internal)
                                            .selfAssessment(self)
                                            .reason(reason)
                                            .contactName(internal ? "Ana" : null)
                                            .build();
                                    String problem = invariantProblem(facts, SuggestionRules.prompts(facts));
                                    if (problem != null) {
                                        failures.add(facts + ": " + problem);
                                    }
                                }
                            }
                        }
                    }
                }
            }

            assertThat(combinations)
                    .isEqualTo(StageReached.values().length
                            * InterviewFormat.values().length
                            * NotifiedVia.values().length
                            * 2
                            * 6
                            * RejectionReason.values().length);
            assertThat(failures).as("combinations breaking a prompt invariant").isEmpty();
        }

        private static String invariantProblem(RejectionFacts facts, List<PromptKey> prompts) {
            if (prompts.isEmpty() || prompts.get(prompts.size() - 1) != PromptKey.LET_GO) {
                return "does not end with LET_GO: " + prompts;
            }
            List<PromptCategory> categories = categories(prompts);
            if (categories.stream().filter(c -> c == PromptCategory.LET_GO).count() != 1) {
                return "not exactly one LET_GO: " + prompts;
            }
            boolean met = facts.interviewFormat() != InterviewFormat.NONE;
            if (categories.contains(PromptCategory.BODY_LANGUAGE) != met) {
                return "BODY_LANGUAGE presence differs from format != NONE: " + prompts;
            }
            if (categories.contains(PromptCategory.INTERVIEWER_SIGNALS) != met) {
                return "INTERVIEWER_SIGNALS presence differs from format != NONE: " + prompts;
            }
            boolean applied = facts.stageReached() == StageReached.APPLIED;
            if (categories.contains(PromptCategory.APPLICATION_MATERIALS) != applied) {
                return "APPLICATION_MATERIALS presence differs from stage == APPLIED: " + prompts;
            }
            Set<String> unique = new HashSet<>(keys(prompts));
            if (unique.size() != prompts.size()) {
                return "duplicate keys: " + prompts;
            }
            return null;
        }
    }

    @Nested
    class Plan {

        private final FeedbackAdvice recommended = FeedbackAdvice.SPOKE_WITH_THEM;

        private LocalDate due(List<PlanStep> plan, PlanAction action) {
            return plan.stream()
                    .filter(step -> step.getAction() == action)
                    .map(PlanStep::getDue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(action + " missing from " + plan));
        }

        /** Each weekday, once in the past (June 2024) and once in the future (January 2030). */
        @ParameterizedTest(name = "{1} {0}: thank-you {2}, feedback {3}")
        @CsvSource({
            "2024-06-03, MONDAY,    2024-06-04, 2024-06-05",
            "2024-06-04, TUESDAY,   2024-06-05, 2024-06-06",
            "2024-06-05, WEDNESDAY, 2024-06-06, 2024-06-07",
            "2024-06-06, THURSDAY,  2024-06-07, 2024-06-10",
            "2024-06-07, FRIDAY,    2024-06-10, 2024-06-11",
            "2024-06-08, SATURDAY,  2024-06-10, 2024-06-11",
            "2024-06-09, SUNDAY,    2024-06-10, 2024-06-11",
            "2030-01-07, MONDAY,    2030-01-08, 2030-01-09",
            "2030-01-08, TUESDAY,   2030-01-09, 2030-01-10",
            "2030-01-09, WEDNESDAY, 2030-01-10, 2030-01-11",
            "2030-01-10, THURSDAY,  2030-01-11, 2030-01-14",
            "2030-01-11, FRIDAY,    2030-01-14, 2030-01-15",
            "2030-01-12, SATURDAY,  2030-01-14, 2030-01-15",
            "2030-01-13, SUNDAY,    2030-01-14, 2030-01-15",
        })
        void thankYouAndConnectOnFirstBusinessDayAndFeedbackOnTheSecond(
                LocalDate rejectedOn, DayOfWeek weekday, LocalDate firstBusinessDay, LocalDate secondBusinessDay) {
            assertThat(rejectedOn.getDayOfWeek()).as("test data").isEqualTo(weekday);

            List<PlanStep> plan =
                    SuggestionRules.plan(facts().rejectedOn(rejectedOn).build(), recommended);

            assertThat(due(plan, PlanAction.SEND_THANK_YOU)).isEqualTo(firstBusinessDay);
            assertThat(due(plan, PlanAction.CONNECT)).isEqualTo(firstBusinessDay);
            assertThat(due(plan, PlanAction.REQUEST_FEEDBACK)).isEqualTo(secondBusinessDay);
            assertThat(due(plan, PlanAction.REFLECT)).isEqualTo(rejectedOn.plusDays(7));
            assertThat(due(plan, PlanAction.CHECK_NEW_OPENINGS)).isEqualTo(rejectedOn.plusMonths(3));
            assertThat(due(plan, PlanAction.REAPPLY_WINDOW_OPENS)).isEqualTo(rejectedOn.plusMonths(6));
        }

        @Test
        void fullPlanForAThursdayRejectionIsSortedByDueDate() {
            List<PlanStep> plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2024, 6, 6)).build(), recommended);

            assertThat(plan)
                    .containsExactly(
                            new PlanStep().action(PlanAction.SEND_THANK_YOU).due(LocalDate.of(2024, 6, 7)),
                            new PlanStep().action(PlanAction.CONNECT).due(LocalDate.of(2024, 6, 7)),
                            new PlanStep().action(PlanAction.REQUEST_FEEDBACK).due(LocalDate.of(2024, 6, 10)),
                            new PlanStep().action(PlanAction.REFLECT).due(LocalDate.of(2024, 6, 13)),
                            new PlanStep().action(PlanAction.CHECK_NEW_OPENINGS).due(LocalDate.of(2024, 9, 6)),
                            new PlanStep()
                                    .action(PlanAction.REAPPLY_WINDOW_OPENS)
                                    .due(LocalDate.of(2024, 12, 6)));
        }

        @Test
        void fullPlanWithoutFeedbackForAFutureSaturdayRejection() {
            List<PlanStep> plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2030, 1, 12)).build(), FeedbackAdvice.NOBODY_TO_ASK);

            assertThat(plan)
                    .containsExactly(
                            new PlanStep().action(PlanAction.SEND_THANK_YOU).due(LocalDate.of(2030, 1, 14)),
                            new PlanStep().action(PlanAction.CONNECT).due(LocalDate.of(2030, 1, 14)),
                            new PlanStep().action(PlanAction.REFLECT).due(LocalDate.of(2030, 1, 19)),
                            new PlanStep().action(PlanAction.CHECK_NEW_OPENINGS).due(LocalDate.of(2030, 4, 12)),
                            new PlanStep()
                                    .action(PlanAction.REAPPLY_WINDOW_OPENS)
                                    .due(LocalDate.of(2030, 7, 12)));
        }

        @ParameterizedTest
        @EnumSource(FeedbackAdvice.class)
        void requestsFeedbackOnlyWhenTheAdviceRecommendsIt(FeedbackAdvice advice) {
            List<PlanStep> plan = SuggestionRules.plan(facts().build(), advice);

            assertThat(plan.stream().map(PlanStep::getAction).toList().contains(PlanAction.REQUEST_FEEDBACK))
                    .isEqualTo(advice.recommended());
            assertThat(plan).hasSize(advice.recommended() ? 6 : 5);
        }

        @Test
        void everyOtherStepIsAlwaysPlannedExactlyOnce() {
            for (FeedbackAdvice advice : FeedbackAdvice.values()) {
                List<PlanAction> actions = SuggestionRules.plan(facts().build(), advice).stream()
                        .map(PlanStep::getAction)
                        .toList();
                assertThat(actions)
                        .as(advice.name())
                        .doesNotHaveDuplicates()
                        .contains(
                                PlanAction.SEND_THANK_YOU,
                                PlanAction.REFLECT,
                                PlanAction.CONNECT,
                                PlanAction.CHECK_NEW_OPENINGS,
                                PlanAction.REAPPLY_WINDOW_OPENS);
            }
        }

        @Test
        void checkNewOpeningsClampsToTheEndOfAShorterMonth() {
            List<PlanStep> plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2026, 11, 30)).build(), recommended);

            assertThat(due(plan, PlanAction.CHECK_NEW_OPENINGS)).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(due(plan, PlanAction.REAPPLY_WINDOW_OPENS)).isEqualTo(LocalDate.of(2027, 5, 30));
        }

        @Test
        void monthArithmeticHandlesLeapYears() {
            List<PlanStep> plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2023, 11, 30)).build(), recommended);
            assertThat(due(plan, PlanAction.CHECK_NEW_OPENINGS)).isEqualTo(LocalDate.of(2024, 2, 29));

            plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2024, 8, 31)).build(), recommended);
            assertThat(due(plan, PlanAction.CHECK_NEW_OPENINGS)).isEqualTo(LocalDate.of(2024, 11, 30));
            assertThat(due(plan, PlanAction.REAPPLY_WINDOW_OPENS)).isEqualTo(LocalDate.of(2025, 2, 28));
        }

        @Test
        void businessDaysCrossTheYearBoundary() {
            // Friday 2027-12-31 -> Monday 2028-01-03 and Tuesday 2028-01-04.
            List<PlanStep> plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2027, 12, 31)).build(), recommended);

            assertThat(due(plan, PlanAction.SEND_THANK_YOU)).isEqualTo(LocalDate.of(2028, 1, 3));
            assertThat(due(plan, PlanAction.REQUEST_FEEDBACK)).isEqualTo(LocalDate.of(2028, 1, 4));
            assertThat(due(plan, PlanAction.REFLECT)).isEqualTo(LocalDate.of(2028, 1, 7));
        }

        @Test
        void datesDependOnlyOnTheRejectionDateNeverOnToday() {
            LocalDate past = LocalDate.of(1999, 3, 15);
            LocalDate future = LocalDate.of(2099, 3, 16);

            List<PlanStep> pastPlan =
                    SuggestionRules.plan(facts().rejectedOn(past).build(), recommended);
            List<PlanStep> futurePlan =
                    SuggestionRules.plan(facts().rejectedOn(future).build(), recommended);

            assertThat(pastPlan)
                    .allSatisfy(step -> assertThat(step.getDue()).isAfter(past).isBeforeOrEqualTo(past.plusMonths(6)));
            assertThat(futurePlan)
                    .allSatisfy(
                            step -> assertThat(step.getDue()).isAfter(future).isBeforeOrEqualTo(future.plusMonths(6)));
            assertThat(due(pastPlan, PlanAction.SEND_THANK_YOU)).isEqualTo(LocalDate.of(1999, 3, 16));
            assertThat(due(futurePlan, PlanAction.SEND_THANK_YOU)).isEqualTo(LocalDate.of(2099, 3, 17));
            assertThat(SuggestionRules.plan(facts().rejectedOn(past).build(), recommended))
                    .isEqualTo(pastPlan);
        }

        @Test
        void sameDayStepsFollowTheCanonicalActionOrder() {
            List<PlanStep> plan = SuggestionRules.plan(
                    facts().rejectedOn(LocalDate.of(2024, 6, 7)).build(), recommended);

            List<PlanAction> actions = plan.stream().map(PlanStep::getAction).toList();
            assertThat(actions.indexOf(PlanAction.SEND_THANK_YOU)).isEqualTo(0);
            assertThat(actions.indexOf(PlanAction.CONNECT)).isEqualTo(1);
        }

        @Test
        void planIsAlwaysSortedAndBusinessDayStepsNeverFallOnAWeekend() {
            Comparator<PlanStep> order = Comparator.comparing(PlanStep::getDue).thenComparing(PlanStep::getAction);
            Set<PlanAction> businessDaySteps =
                    Set.of(PlanAction.SEND_THANK_YOU, PlanAction.REQUEST_FEEDBACK, PlanAction.CONNECT);
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < 731; i++, day = day.plusDays(1)) {
                for (FeedbackAdvice advice : FeedbackAdvice.values()) {
                    List<PlanStep> plan =
                            SuggestionRules.plan(facts().rejectedOn(day).build(), advice);
                    assertThat(plan).as(day + " " + advice).isSortedAccordingTo(order);
                    for (PlanStep step : plan) {
                        if (businessDaySteps.contains(step.getAction())) {
                            assertThat(step.getDue().getDayOfWeek())
                                    .as(day + " " + step)
                                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                        }
                    }
                }
            }
        }
    }

    @Nested
    class NextBusinessDay {

        @ParameterizedTest(name = "{1} {0} -> {2}")
        @CsvSource({
            "2024-06-03, MONDAY,    2024-06-04",
            "2024-06-04, TUESDAY,   2024-06-05",
            "2024-06-05, WEDNESDAY, 2024-06-06",
            "2024-06-06, THURSDAY,  2024-06-07",
            "2024-06-07, FRIDAY,    2024-06-10",
            "2024-06-08, SATURDAY,  2024-06-10",
            "2024-06-09, SUNDAY,    2024-06-10",
            "2030-01-10, THURSDAY,  2030-01-11",
            "2030-01-11, FRIDAY,    2030-01-14",
            "2027-12-31, FRIDAY,    2028-01-03",
            "2024-02-28, WEDNESDAY, 2024-02-29",
            "2025-02-28, FRIDAY,    2025-03-03",
        })
        void isTheFirstMondayToFridayStrictlyAfterTheDate(LocalDate date, DayOfWeek weekday, LocalDate expected) {
            assertThat(date.getDayOfWeek()).as("test data").isEqualTo(weekday);

            assertThat(SuggestionRules.nextBusinessDay(date)).isEqualTo(expected);
        }

        @Test
        void isNeverAWeekendAndNeverMoreThanThreeDaysAhead() {
            LocalDate day = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
                LocalDate next = SuggestionRules.nextBusinessDay(day);
                assertThat(next).as(day.toString()).isAfter(day).isBeforeOrEqualTo(day.plusDays(3));
                assertThat(next.getDayOfWeek()).as(day.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        }
    }
}
