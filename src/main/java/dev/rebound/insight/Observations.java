package dev.rebound.insight;

import dev.rebound.api.model.Insights;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.Rate;
import dev.rebound.api.model.StageReached;
import dev.rebound.vocabulary.MessageLocale;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;

/**
 * Plain-language sentences drawn from the numbers, in the person's language (templates/observations).
 * A sentence is said only when at least {@link #MIN_SUPPORT} records stand behind it; at most three.
 */
@Singleton
@RequiredArgsConstructor
public final class Observations {

    static final int MIN_SUPPORT = 5;
    static final int MAX_OBSERVATIONS = 3;

    private final Engine engine;

    /** A copy of the numbers with the observations on them in one language; the numbers are kept as they are. */
    public Insights addTo(Insights numbers, MessageLocale locale) {
        return new Insights()
                .from(numbers.getFrom())
                .to(numbers.getTo())
                .totalRejections(numbers.getTotalRejections())
                .byStage(numbers.getByStage())
                .byReason(numbers.getByReason())
                .byChannel(numbers.getByChannel())
                .byMonth(numbers.getByMonth())
                .repeatCompanies(numbers.getRepeatCompanies())
                .rates(numbers.getRates())
                .topImprovementAreas(numbers.getTopImprovementAreas())
                .medianDaysToReflection(numbers.getMedianDaysToReflection())
                .observations(of(numbers, locale));
    }

    public List<String> of(Insights insights, MessageLocale locale) {
        Template template = engine.getTemplate("observations/" + locale.tag());
        List<String> sentences = new ArrayList<>();
        long total = insights.getTotalRejections();

        if (total >= MIN_SUPPORT) {
            // The most common stage; of two as common, the later one.
            Map.Entry<String, Long> top = insights.getByStage().entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(entry -> StageReached.valueOf(entry.getKey())))
                    .orElseThrow();
            String stage = render(template, "stage_" + top.getKey().toLowerCase(Locale.ROOT), Map.of());
            sentences.add(render(
                    template,
                    top.getValue() * 2 > total ? "stage_most" : "stage_top",
                    Map.of("stage", stage, "count", top.getValue(), "total", total)));
        }

        Rate received = insights.getRates().getFeedbackReceived();
        if (received.getDenominator() >= MIN_SUPPORT) {
            long answered = received.getNumerator();
            long asked = received.getDenominator();
            Map<String, Object> data = new HashMap<>(Map.of("count", answered, "total", asked));
            String fragment;
            if (answered == 0) {
                fragment = "feedback_none";
            } else if (answered * 2 <= asked) {
                fragment = "feedback_one_in";
                data.put("oneIn", Math.round((double) asked / answered));
            } else {
                fragment = "feedback_share";
            }
            sentences.add(render(template, fragment, data));
        }

        if (total >= MIN_SUPPORT) {
            long sent = insights.getRates().getThankYouSent().getNumerator();
            sentences.add(render(
                    template,
                    sent * 2 < total ? "thank_you_low" : "thank_you_share",
                    Map.of("count", sent, "total", total)));
        }

        long ghosted = insights.getByChannel().get(NotifiedVia.NO_RESPONSE.name());
        if (total >= MIN_SUPPORT && ghosted >= 2) {
            sentences.add(render(template, "ghosted", Map.of("count", ghosted, "total", total)));
        }
        return List.copyOf(sentences.subList(0, Math.min(MAX_OBSERVATIONS, sentences.size())));
    }

    private static String render(Template template, String fragment, Map<String, Object> data) {
        return template.getFragment(fragment).data(data).render().strip();
    }
}
