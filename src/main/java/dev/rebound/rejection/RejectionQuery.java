package dev.rebound.rejection;

import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.binding.QueryParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The list operation's query parameters, parsed and checked together so that one 400 names every
 * bad parameter.
 */
public record RejectionQuery(RejectionFilter filter, PageRequest page, RejectionSort sort) {

    static final int MAX_TEXT_LENGTH = 200;

    public static RejectionQuery parse(Map<String, List<String>> parameters) {
        QueryParameters parser = new QueryParameters(parameters);
        int page = parser.integer("page", 0, 0, Integer.MAX_VALUE);
        int size = parser.integer("size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        RejectionFilter filter = new RejectionFilter(
                parser.enumeration("stageReached", StageReached.class),
                parser.enumeration("reason", RejectionReason.class),
                parser.text("company", 200),
                parser.date("rejectedFrom"),
                parser.date("rejectedTo"),
                parser.text("tag", 50),
                parser.text("q", MAX_TEXT_LENGTH),
                parser.enumeration("status", RecordStatus.class));
        parser.requireOrdered("rejectedFrom", filter.rejectedFrom(), "rejectedTo", filter.rejectedTo());
        RejectionSort sort = sort(parser, "sort");
        parser.throwIfInvalid();
        return new RejectionQuery(filter, new PageRequest(page, size), sort);
    }

    private static RejectionSort sort(QueryParameters parser, String name) {
        String raw = parser.value(name);
        if (raw == null) {
            return RejectionSort.DEFAULT;
        }
        String[] parts = raw.split(",", -1);
        RejectionSort.Field field = Arrays.stream(RejectionSort.Field.values())
                .filter(f -> f.apiName().equals(parts[0]))
                .findFirst()
                .orElse(null);
        String direction = parts.length == 2 ? parts[1] : "desc";
        if (field == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            parser.reject(name, "must be rejectedOn or createdAt, optionally followed by ,asc or ,desc");
            return RejectionSort.DEFAULT;
        }
        return new RejectionSort(field, direction.equals("asc"));
    }
}
