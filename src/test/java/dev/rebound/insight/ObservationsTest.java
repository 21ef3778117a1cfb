package dev.rebound.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rebound.api.model.Counts;
import dev.rebound.api.model.InsightRates;
import dev.rebound.api.model.Insights;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.suggestion.MessageTemplates;
import dev.rebound.vocabulary.MessageLocale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ObservationsTest {

    private static final Observations OBSERVATIONS = new Observations(MessageTemplates.engine());

    /** Hand-built insights: only what observations read is set; every other count is zero. */
    private static final class Numbers {
        private final Counts byStage = InsightReads.zeros(StageReached.values());
        private final Counts byChannel = InsightReads.zeros(NotifiedVia.values());
        private long thankYous;
        private long requested;
        private long received;

        Numbers stage(StageReached stage, long count) {
            byStage.put(stage.name(), count);
            return this;
        }

        Numbers ghosted(long count) {
            byChannel.put(NotifiedVia.NO_RESPONSE.name(), count);
            return this;
        }

        Numbers thankYous(long count) {
            thankYous = count;
            return this;
        }

        Numbers feedback(long received, long requested) {
            this.received = received;
            this.requested = requested;
            return this;
        }

        Insights build() {
            long total = byStage.values().stream().mapToLong(Long::longValue).sum();
            byChannel.merge(NotifiedVia.EMAIL.name(), total - byChannel.get(NotifiedVia.NO_RESPONSE.name()), Long::sum);
            InsightRates rates = new InsightRates()
                    .thankYouSent(InsightReads.rate(thankYous, total))
                    .feedbackRequested(InsightReads.rate(requested, total))
                    .feedbackReceived(InsightReads.rate(received, requested))
                    .reflected(InsightReads.rate(0, total));
            return new Insights()
                    .totalRejections(total)
                    .byStage(byStage)
                    .byReason(InsightReads.zeros(RejectionReason.values()))
                    .byChannel(byChannel)
                    .byMonth(Map.of())
                    .repeatCompanies(List.of())
                    .rates(rates)
                    .topImprovementAreas(List.of())
                    .observations(List.of());
        }

        List<String> english() {
            return OBSERVATIONS.of(build(), MessageLocale.EN);
        }

        List<String> spanish() {
            return OBSERVATIONS.of(build(), MessageLocale.ES);
        }
    }

    /** Every kind of sentence, and every stage's name inside one, said in every language. */
    @ParameterizedTest
    @EnumSource(MessageLocale.class)
    void everySentenceIsWrittenInEveryLanguage(MessageLocale locale) {
        List<String> said = new java.util.ArrayList<>();
        for (StageReached stage : StageReached.values()) {
            said.addAll(
                    OBSERVATIONS.of(new Numbers().stage(stage, 6).thankYous(6).build(), locale));
            said.addAll(OBSERVATIONS.of(
                    new Numbers()
                            .stage(stage, 3)
                            .stage(stage == StageReached.OFFER ? StageReached.APPLIED : StageReached.OFFER, 2)
                            .stage(StageReached.ASSESSMENT, stage == StageReached.ASSESSMENT ? 3 : 1)
                            .feedback(2, 10)
                            .ghosted(4)
                            .thankYous(1)
                            .build(),
                    locale));
        }
        said.addAll(OBSERVATIONS.of(
                new Numbers().stage(StageReached.INTERVIEW, 6).feedback(0, 6).build(), locale));
        said.addAll(OBSERVATIONS.of(
                new Numbers().stage(StageReached.INTERVIEW, 6).feedback(5, 6).build(), locale));
        assertThat(said).isNotEmpty().allSatisfy(sentence -> {
            assertThat(sentence).doesNotContain("{", "}", "null", "  ");
            assertThat(dev.rebound.suggestion.EnglishLeftovers.in(locale)
                            .matcher(sentence)
                            .find())
                    .as("English in '%s'", sentence)
                    .isFalse();
        });
        // Each language has a sentence for each of these, so every kind was rendered at least once.
        assertThat(said.stream().filter(sentence -> sentence.contains("6")).count())
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void saysNothingAboutFourRecords() {
        assertThat(new Numbers()
                        .stage(StageReached.INTERVIEW, 4)
                        .thankYous(0)
                        .ghosted(3)
                        .english())
                .isEmpty();
        assertThat(new Numbers().stage(StageReached.INTERVIEW, 4).spanish()).isEmpty();
    }

    @Test
    void saysNothingAtAllWithoutRecords() {
        assertThat(new Numbers().english()).isEmpty();
    }

    @Test
    void fiveRecordsAreEnoughForTheStageAndThankYouSentences() {
        assertThat(new Numbers().stage(StageReached.INTERVIEW, 5).thankYous(5).english())
                .containsExactly(
                        "Most of your rejections (5 of 5) came at the interview stage, so that is where practice will pay off "
                                + "most.",
                        "You sent a thank-you note after 5 of 5 rejections.");
    }

    @Test
    void aMajorityStageIsSaidAsMostAndAPluralityAsMostOften() {
        // 4 of 7 is more than half.
        assertThat(new Numbers()
                        .stage(StageReached.FINAL_INTERVIEW, 4)
                        .stage(StageReached.APPLIED, 3)
                        .thankYous(7)
                        .english()
                        .get(0))
                .isEqualTo("Most of your rejections (4 of 7) came at the final interview stage, so that is where"
                        + " practice will pay off most.");
        // 3 of 6 is exactly half: not a majority.
        assertThat(new Numbers()
                        .stage(StageReached.SCREENING, 3)
                        .stage(StageReached.APPLIED, 2)
                        .stage(StageReached.OFFER, 1)
                        .thankYous(6)
                        .english()
                        .get(0))
                .isEqualTo("Your rejections came most often at the screening stage (3 of 6).");
        // 2 of 5 leads the stages without any majority.
        assertThat(new Numbers()
                        .stage(StageReached.REFERENCE_CHECK, 2)
                        .stage(StageReached.APPLIED, 1)
                        .stage(StageReached.ASSESSMENT, 1)
                        .stage(StageReached.OFFER, 1)
                        .thankYous(5)
                        .english()
                        .get(0))
                .isEqualTo("Your rejections came most often at the reference check stage (2 of 5).");
    }

    @Test
    void feedbackIsMentionedOnlyWithFiveRequestsBehindIt() {
        assertThat(new Numbers()
                        .stage(StageReached.INTERVIEW, 10)
                        .thankYous(10)
                        .feedback(0, 4)
                        .english())
                .noneMatch(sentence -> sentence.contains("feedback") || sentence.contains("Feedback"));
        assertThat(new Numbers()
                        .stage(StageReached.INTERVIEW, 10)
                        .thankYous(10)
                        .feedback(0, 5)
                        .english()
                        .get(1))
                .isEqualTo("None of your 5 feedback requests has been answered yet; many employers never reply, and"
                        + " that says nothing about you.");
    }

    @ParameterizedTest
    @CsvSource({
        // received, requested, the sentence
        "1, 5, 'Feedback came back for about 1 in 5 of your requests (1 of 5); asking is still worth it.'",
        "2, 5, 'Feedback came back for about 1 in 3 of your requests (2 of 5); asking is still worth it.'",
        "3, 6, 'Feedback came back for about 1 in 2 of your requests (3 of 6); asking is still worth it.'",
        "2, 9, 'Feedback came back for about 1 in 5 of your requests (2 of 9); asking is still worth it.'",
        "4, 7, 'Feedback came back for 4 of your 7 requests.'",
        "5, 5, 'Feedback came back for 5 of your 5 requests.'",
        "0, 8, 'None of your 8 feedback requests has been answered yet; many employers never reply, and that says "
                + "nothing about you.'"
    })
    void feedbackIsNoneOneInNOrAShare(long received, long requested, String sentence) {
        List<String> said = new Numbers()
                .stage(StageReached.INTERVIEW, 10)
                .thankYous(10)
                .feedback(received, requested)
                .english();
        assertThat(said).hasSize(3);
        assertThat(said.get(1)).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 6, 'You sent a thank-you note after 0 of 6 rejections; a two-minute note keeps more doors open.'",
        "2, 6, 'You sent a thank-you note after 2 of 6 rejections; a two-minute note keeps more doors open.'",
        "2, 5, 'You sent a thank-you note after 2 of 5 rejections; a two-minute note keeps more doors open.'",
        "3, 6, 'You sent a thank-you note after 3 of 6 rejections.'",
        "3, 5, 'You sent a thank-you note after 3 of 5 rejections.'",
        "6, 6, 'You sent a thank-you note after 6 of 6 rejections.'"
    })
    void thankYouIsLowUnderHalfAndAShareOtherwise(long sent, long total, String sentence) {
        List<String> said =
                new Numbers().stage(StageReached.APPLIED, total).thankYous(sent).english();
        assertThat(said).hasSize(2);
        assertThat(said.get(1)).isEqualTo(sentence);
    }

    @Test
    void ghostingIsMentionedFromTwoSilentEndings() {
        assertThat(new Numbers()
                        .stage(StageReached.APPLIED, 6)
                        .thankYous(6)
                        .ghosted(1)
                        .english())
                .hasSize(2);
        assertThat(new Numbers()
                        .stage(StageReached.APPLIED, 6)
                        .thankYous(6)
                        .ghosted(2)
                        .english())
                .containsExactly(
                        "Most of your rejections (6 of 6) came at the application stage, so that is where practice will pay"
                                + " off most.",
                        "You sent a thank-you note after 6 of 6 rejections.",
                        "2 of your 6 applications ended without any reply; that silence reflects their process, not your "
                                + "worth.");
    }

    @Test
    void saysAtMostThreeThingsInTheirFixedOrder() {
        List<String> said = new Numbers()
                .stage(StageReached.INTERVIEW, 8)
                .thankYous(1)
                .feedback(6, 6)
                .ghosted(3)
                .english();
        assertThat(said)
                .containsExactly(
                        "Most of your rejections (8 of 8) came at the interview stage, so that is where practice will pay off"
                                + " most.",
                        "Feedback came back for 6 of your 6 requests.",
                        "You sent a thank-you note after 1 of 8 rejections; a two-minute note keeps more doors open.");
    }

    @Test
    void speaksSpanish() {
        assertThat(new Numbers()
                        .stage(StageReached.ASSESSMENT, 3)
                        .stage(StageReached.APPLIED, 2)
                        .stage(StageReached.OFFER, 2)
                        .thankYous(1)
                        .feedback(1, 5)
                        .spanish())
                .containsExactly(
                        "Tus rechazos llegaron con más frecuencia en la etapa de evaluación (3 de 7).",
                        "Recibiste comentarios en aproximadamente 1 de cada 5 solicitudes (1 de 5); vale la pena seguir"
                                + " pidiéndolos.",
                        "Enviaste una nota de agradecimiento tras 1 de 7 rechazos; una nota de dos minutos mantiene más"
                                + " puertas abiertas.");
        assertThat(new Numbers()
                        .stage(StageReached.FINAL_INTERVIEW, 5)
                        .thankYous(5)
                        .feedback(0, 5)
                        .ghosted(2)
                        .spanish())
                .containsExactly(
                        "La mayoría de tus rechazos (5 de 5) llegaron en la etapa de entrevista final, así que ahí es donde"
                                + " más rendirá la práctica.",
                        "Ninguna de tus 5 solicitudes de comentarios ha recibido respuesta todavía; muchas empresas nunca"
                                + " contestan, y eso no dice nada de ti.",
                        "Enviaste una nota de agradecimiento tras 5 de 5 rechazos.");
        assertThat(new Numbers()
                        .stage(StageReached.REFERENCE_CHECK, 6)
                        .thankYous(6)
                        .feedback(4, 6)
                        .ghosted(2)
                        .spanish()
                        .get(1))
                .isEqualTo("Recibiste comentarios en 4 de tus 6 solicitudes.");
        assertThat(new Numbers()
                        .stage(StageReached.SCREENING, 6)
                        .thankYous(3)
                        .ghosted(2)
                        .spanish())
                .containsExactly(
                        "La mayoría de tus rechazos (6 de 6) llegaron en la etapa de preselección, así que ahí es donde más"
                                + " rendirá la práctica.",
                        "Enviaste una nota de agradecimiento tras 3 de 6 rechazos.",
                        "2 de tus 6 candidaturas terminaron sin ninguna respuesta; ese silencio habla de su proceso, no de tu"
                                + " valía.");
    }

    @ParameterizedTest
    @CsvSource({
        "APPLIED, application, candidatura",
        "SCREENING, screening, preselección",
        "ASSESSMENT, assessment, evaluación",
        "INTERVIEW, interview, entrevista",
        "FINAL_INTERVIEW, final interview, entrevista final",
        "REFERENCE_CHECK, reference check, verificación de referencias",
        "OFFER, offer, oferta"
    })
    void everyStageHasANameInBothLanguages(StageReached stage, String english, String spanish) {
        Numbers numbers = new Numbers().stage(stage, 5).thankYous(5);
        assertThat(numbers.english().get(0))
                .isEqualTo("Most of your rejections (5 of 5) came at the " + english
                        + " stage, so that is where practice will pay off most.");
        assertThat(numbers.spanish().get(0))
                .isEqualTo("La mayoría de tus rechazos (5 de 5) llegaron en la etapa de " + spanish
                        + ", así que ahí es donde más rendirá la práctica.");
    }
}
