package dev.rebound.rejection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause over an owner's {@code rejection r}, with its positional parameters: the one place that joins
 * SQL fragments, for lists and insights alike. Only fixed fragments are concatenated; every value is a bound
 * parameter, and a filter that is not set adds nothing, so PostgreSQL plans each query for the filters it has.
 */
public record RejectionConditions(String sql, List<Object> parameters) {

    public static RejectionConditions of(String ownerId, RejectionFilter filter) {
        return new Builder("r.owner_id = ?", ownerId)
                .and(
                        "r.stage_reached = ?",
                        filter.stageReached() == null
                                ? null
                                : filter.stageReached().name())
                .and(
                        "r.reason = ?",
                        filter.reason() == null ? null : filter.reason().name())
                .and("lower(r.company) = lower(?)", filter.company())
                .and("r.rejected_on >= ?", filter.rejectedFrom())
                .and("r.rejected_on <= ?", filter.rejectedTo())
                .and("r.tags @> ARRAY[CAST(? AS text)]", filter.tag())
                .and("r.search_vector @@ websearch_to_tsquery('simple', ?)", filter.text())
                .and(
                        "r.status = ?",
                        filter.status() == null ? null : filter.status().name())
                .build();
    }

    /** The owner's records rejected within the range; {@code null} leaves that end open. */
    public static RejectionConditions rejectedBetween(String ownerId, LocalDate from, LocalDate to) {
        return of(ownerId, new RejectionFilter(null, null, null, from, to, null, null, null));
    }

    private static final class Builder {

        private final StringBuilder where;
        private final List<Object> parameters = new ArrayList<>();

        Builder(String first, Object value) {
            where = new StringBuilder(first);
            parameters.add(value);
        }

        /** Adds the condition, with its one parameter, when the value is set. */
        Builder and(String condition, Object value) {
            if (value != null) {
                where.append(" AND ").append(condition);
                parameters.add(value);
            }
            return this;
        }

        RejectionConditions build() {
            return new RejectionConditions(where.toString(), List.copyOf(parameters));
        }
    }
}
