package dev.rebound.insight;

import dev.rebound.binding.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The optional range of rejectedOn that insights cover, both ends inclusive. */
public record InsightQuery(LocalDate from, LocalDate to) {

    public static InsightQuery parse(Map<String, List<String>> parameters) {
        QueryParameters parser = new QueryParameters(parameters);
        LocalDate from = parser.date("from");
        LocalDate to = parser.date("to");
        parser.requireOrdered("from", from, "to", to);
        parser.throwIfInvalid();
        return new InsightQuery(from, to);
    }
}
