package dev.rebound.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.PlanStep;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.api.model.Suggestions;
import dev.rebound.api.model.Tone;
import dev.rebound.vocabulary.MessageLocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message and step says why, in every language, and cites exactly the evidence for any figure it gives. */
class WhyRulesTest {

    private static final SuggestionComposer COMPOSER = new SuggestionComposer(MessageTemplates.engine());

    /**
     * The figures each source supports (from the claims it was checked for), years included. A figure in a
     * {@code why} must belong to a source the text cites.
     */
    private static final Map<Evidence, Set<Integer>> FIGURES = Map.of(
            Evidence.THANK_YOU_NOTES, Set.of(80, 24, 51, 2007, 94, 2017),
            Evidence.FEEDBACK_IS_RARE, Set.of(71, 69, 60, 53, 2022),
            Evidence.PLAN_MAKING, Set.of(15, 30, 26, 2019),
            Evidence.EXPRESSIVE_WRITING, Set.of(20, 5, 53, 8, 24, 1994),
            Evidence.LEARNING_GOALS, Set.of(2009));

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static RejectionFacts facts(StageReached stage, NotifiedVia via, String contact) {
        return new RejectionFacts(
                "Nordlicht Analytics",
                "Senior Data Engineer",
                stage,
                stage == StageReached.APPLIED ? InterviewFormat.NONE : InterviewFormat.VIDEO,
                via,
                LocalDate.of(2026, 11, 20),
                RejectionReason.NOT_GIVEN,
                contact,
                null,
                false,
                null);
    }

    @Test
    void stepsCiteWhatTheirClaimsRestOn() {
        RejectionFacts answered = facts(StageReached.INTERVIEW, NotifiedVia.EMAIL, "María José Peña");
        FeedbackAdvice advice = SuggestionRules.feedbackAdvice(answered);
        assertThat(WhyRules.step(PlanAction.SEND_THANK_YOU, answered, advice).sources())
                .containsExactly(Evidence.THANK_YOU_NOTES);
        assertThat(WhyRules.step(PlanAction.REQUEST_FEEDBACK, answered, advice).sources())
                .containsExactly(Evidence.FEEDBACK_IS_RARE);
        assertThat(WhyRules.step(PlanAction.REFLECT, answered, advice).sources())
                .containsExactly(Evidence.EXPRESSIVE_WRITING, Evidence.LEARNING_GOALS);
        assertThat(WhyRules.step(PlanAction.CHECK_NEW_OPENINGS, answered, advice)
                        .sources())
                .containsExactly(Evidence.PLAN_MAKING);
        assertThat(WhyRules.step(PlanAction.CONNECT, answered, advice).sources())
                .isEmpty();
        assertThat(WhyRules.step(PlanAction.REAPPLY_WINDOW_OPENS, answered, advice)
                        .sources())
                .isEmpty();
    }

    @Test
    void thanksForConsideringAnApplicationClaimNothingFromTheInterviewSurvey() {
        RejectionFacts screenedOut = facts(StageReached.APPLIED, NotifiedVia.ATS_PORTAL, null);
        assertThat(WhyRules.thankYouNote(screenedOut).fragmentId()).isEqualTo("thank_you_for_considering");
        assertThat(WhyRules.thankYouNote(screenedOut).sources()).isEmpty();
    }

    @Test
    void aNoteClosingTheLoopClaimsNothingFromTheThankYouSurvey() {
        RejectionFacts ghosted = facts(StageReached.APPLIED, NotifiedVia.NO_RESPONSE, null);
        assertThat(WhyRules.thankYouNote(ghosted).sources()).isEmpty();
        assertThat(WhyRules.thankYouNote(ghosted).fragmentId()).isEqualTo("closing_the_loop");
    }

    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void everyTextIsWrittenAndEveryFigureIsCited(MessageLocale locale) {
        for (RejectionFacts facts : List.of(
                facts(StageReached.FINAL_INTERVIEW, NotifiedVia.EMAIL, "María José Peña"),
                facts(StageReached.APPLIED, NotifiedVia.NO_RESPONSE, null),
                facts(StageReached.APPLIED, NotifiedVia.ATS_PORTAL, null))) {
            for (Tone tone : Tone.values()) {
                Suggestions suggestions = COMPOSER.compose(facts, new SuggestionOptions(tone, locale, null));
                List<Cited> texts = new ArrayList<>();
                texts.add(new Cited(
                        suggestions.getThankYouNote().getWhy(),
                        suggestions.getThankYouNote().getSources()));
                texts.add(new Cited(
                        suggestions.getFeedbackRequest().getWhy(),
                        suggestions.getFeedbackRequest().getSources()));
                texts.add(new Cited(
                        suggestions.getConnectionNote().getWhy(),
                        suggestions.getConnectionNote().getSources()));
                for (PlanStep step : suggestions.getPlan()) {
                    texts.add(new Cited(step.getWhy(), step.getSources()));
                }
                for (Cited text : texts) {
                    assertThat(text.why()).as(locale + " " + facts).isNotBlank().doesNotContain("{", "null");
                    assertThat(figures(text.why()))
                            .as("figures in '%s' must come from its sources %s", text.why(), text.titles())
                            .isSubsetOf(text.figures());
                }
            }
        }
    }

    @Test
    void sourcesCarryTitlePublisherYearAndAnAddressWhereOneExists() {
        for (Evidence evidence : Evidence.values()) {
            var source = evidence.source();
            assertThat(source.getTitle()).isNotBlank();
            assertThat(source.getPublisher()).isNotBlank();
            assertThat(source.getYear()).isBetween(1990, 2026);
            if (source.getUrl() != null) {
                assertThat(source.getUrl()).startsWith("http");
            }
        }
        assertThat(Evidence.LEARNING_GOALS.source().getUrl()).isNull();
    }

    private static Set<Integer> figures(String text) {
        Set<Integer> figures = new java.util.HashSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            figures.add(Integer.parseInt(number.group()));
        }
        return figures;
    }

    private record Cited(String why, List<dev.rebound.api.model.Source> sources) {

        Set<Integer> figures() {
            Set<Integer> figures = new java.util.HashSet<>();
            for (Evidence evidence : Evidence.values()) {
                if (sources.stream()
                        .anyMatch(source ->
                                source.getTitle().equals(evidence.source().getTitle()))) {
                    figures.addAll(FIGURES.get(evidence));
                }
            }
            return figures;
        }

        List<String> titles() {
            return sources.stream().map(dev.rebound.api.model.Source::getTitle).toList();
        }
    }
}
