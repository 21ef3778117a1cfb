package dev.rebound.rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause over an owner's {@code rejection r}, with its positional parameters: the one place that joins
 * SQL fragments, for lists and insights alike. Only fixed fragments are concatenated; every value is a bound
 * parameter.
 */
public record RejectionConditions(String sql, List<Object> parameters) {

    public static RejectionConditions of(String ownerId, RejectionFilter filter) {
        StringBuilder where = new StringBuilder("r.owner_id = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(ownerId);
        if (filter.stageReached() != null) {
            where.append(" AND r.stage_reached = ?");
            parameters.add(filter.stageReached().name());
        }
        if (filter.reason() != null) {
            where.append(" AND r.reason = ?");
            parameters.add(filter.reason().name());
        }
        if (filter.company() != null) {
            where.append(" AND lower(r.company) = lower(?)");
            parameters.add(filter.company());
        }
        if (filter.rejectedFrom() != null) {
            where.append(" AND r.rejected_on >= ?");
            parameters.add(filter.rejectedFrom());
        }
        if (filter.rejectedTo() != null) {
            where.append(" AND r.rejected_on <= ?");
            parameters.add(filter.rejectedTo());
        }
        if (filter.tag() != null) {
            where.append(" AND r.tags @> ARRAY[CAST(? AS text)]");
            parameters.add(filter.tag());
        }
        if (filter.text() != null) {
            where.append(" AND r.search_vector @@ websearch_to_tsquery('simple', ?)");
            parameters.add(filter.text());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = ?");
            parameters.add(filter.status().name());
        }
        return new RejectionConditions(where.toString(), List.copyOf(parameters));
    }

    /** The owner's records rejected within the range; {@code null} leaves that end open. */
    public static RejectionConditions rejectedBetween(String ownerId, LocalDate from, LocalDate to) {
        return of(ownerId, new RejectionFilter(null, null, null, from, to, null, null, null));
    }
}
