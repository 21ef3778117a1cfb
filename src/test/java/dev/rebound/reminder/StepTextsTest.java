package dev.rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.PlanAction;
import dev.rebound.suggestion.EnglishLeftovers;
import dev.rebound.suggestion.MessageTemplates;
import dev.rebound.vocabulary.MessageLocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The calendar's texts for every step, in every language: titles name the company, nothing is left unfilled. */
class StepTextsTest {

    private static final StepTexts TEXTS = new StepTexts(MessageTemplates.engine());

    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void everyStepHasATitleAndADescriptionInEveryLanguage(MessageLocale locale) {
        for (PlanAction action : PlanAction.values()) {
            String title = TEXTS.summary(action, "Ingénieure Données", "Müller & Söhne", locale);
            String description = TEXTS.description(action, "Ingénieure Données", "Müller & Söhne", locale);
            assertThat(title)
                    .as(action + " " + locale)
                    .contains("Müller & Söhne")
                    .doesNotContain("{", "\n");
            assertThat(description).as(action + " " + locale).isNotBlank().doesNotContain("{", "null");
            for (String text : new String[] {title, description}) {
                assertThat(EnglishLeftovers.in(locale).matcher(text).find())
                        .as("English in '%s'", text)
                        .isFalse();
            }
        }
        assertThat(TEXTS.calendarDescription(locale)).isNotBlank().doesNotContain("{");
    }
}
