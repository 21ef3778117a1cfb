package dev.rebound.insight;

import dev.rebound.vocabulary.ImprovementArea;
import dev.rebound.vocabulary.NotifiedVia;
import dev.rebound.vocabulary.RejectionReason;
import dev.rebound.vocabulary.StageReached;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The patterns across an owner's rejections, as GET /v1/insights returns them. */
public record Insights(
        LocalDate from,
        LocalDate to,
        long totalRejections,
        Map<StageReached, Long> byStage,
        Map<RejectionReason, Long> byReason,
        Map<NotifiedVia, Long> byChannel,
        Map<String, Long> byMonth,
        List<RepeatCompany> repeatCompanies,
        Rates rates,
        List<AreaCount> topImprovementAreas,
        Double medianDaysToReflection,
        List<String> observations) {

    public Insights withObservations(List<String> sentences) {
        return new Insights(
                from,
                to,
                totalRejections,
                byStage,
                byReason,
                byChannel,
                byMonth,
                repeatCompanies,
                rates,
                topImprovementAreas,
                medianDaysToReflection,
                List.copyOf(sentences));
    }

    /** A company that turned the person down more than once. */
    public record RepeatCompany(String company, long count, LocalDate lastRejectedOn, LocalDate reapplyFrom) {}

    public record Rates(Rate thankYouSent, Rate feedbackRequested, Rate feedbackReceived, Rate reflected) {}

    /** A share with what it is made of; 0 when there is nothing to divide by. */
    public record Rate(double rate, long numerator, long denominator) {

        public static Rate of(long numerator, long denominator) {
            double rate = denominator == 0 ? 0 : Math.round(numerator * 10_000.0 / denominator) / 10_000.0;
            return new Rate(rate, numerator, denominator);
        }
    }

    public record AreaCount(ImprovementArea area, long count) {}
}
