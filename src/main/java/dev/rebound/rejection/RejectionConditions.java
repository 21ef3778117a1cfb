package dev.rebound.rejection;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a list request over {@code rejection r}, with its positional parameters. Only fixed
 * SQL fragments are concatenated; every value is a bound parameter.
 */
record RejectionConditions(String sql, List<Object> parameters) {

    static RejectionConditions of(String ownerId, RejectionFilter filter) {
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
}
