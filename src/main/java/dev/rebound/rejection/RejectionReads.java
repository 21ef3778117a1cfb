package dev.rebound.rejection;

import dev.rebound.api.model.Contact;
import dev.rebound.api.model.InterviewFormat;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.RecordStatus;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.StageReached;
import dev.rebound.api.model.StepStatus;
import dev.rebound.api.model.TrackedStep;
import dev.rebound.db.JdbcQueries;
import dev.rebound.db.JdbcQueries.Plan;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/**
 * The read model: records and their plans as the API shows them, straight from JDBC rows into
 * {@link Rejection}s. No entity is loaded, so nothing is hydrated, tracked or dirty-checked, and each
 * record's plan arrives in the same row as the record (one round trip for a record or a page of them).
 * Writes go through {@link RejectionRepository}'s entities.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RejectionReads {

    /**
     * A record with its plan folded into one text column, steps in plan order (due day, then canonical
     * position), each as {@code ACTION DUE STATUS DONE_ON SNOOZED_UNTIL} with {@code -} for no date.
     * Dates are ISO: the driver runs every session with DateStyle ISO.
     */
    private static final String SELECT = "SELECT r.id, r.company, r.role, r.stage_reached, r.interview_round,"
            + " r.interview_format, r.notified_via, r.rejected_on, r.applied_on, r.reason, r.reason_detail,"
            + " r.contact_name, r.contact_title, r.contact_email, r.internal_candidate, r.job_posting_url,"
            + " r.self_assessment, r.notes, r.tags, r.status, r.created_at, r.updated_at, r.version,"
            + " (SELECT string_agg(s.action || ' ' || s.due || ' ' || s.status || ' ' || coalesce(s.done_on::text, '-')"
            + " || ' ' || coalesce(s.snoozed_until::text, '-'), ',' ORDER BY s.due, s.position)"
            + " FROM plan_step s WHERE s.rejection_id = r.id) AS plan FROM rejection r";

    private static final String NEWEST_FIRST = " ORDER BY r.rejected_on DESC, r.created_at DESC, r.id DESC";

    private final AgroalDataSource dataSource;

    /** The owner's record, or empty when the owner has none with that id. */
    public Optional<Rejection> find(String ownerId, UUID id) {
        List<Rejection> found = query(SELECT + " WHERE r.id = ? AND r.owner_id = ?", List.of(id, ownerId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** One page of the owner's records matching the filter, and how many match in all: two round trips. */
    public Page page(String ownerId, RejectionFilter filter, PageRequest page, RejectionSort sort) {
        RejectionConditions where = RejectionConditions.of(ownerId, filter);
        long total = JdbcQueries.count(
                dataSource,
                "SELECT count(*) FROM rejection r WHERE " + where.sql(),
                where.parameters(),
                Plan.FOR_EACH_EXECUTION);
        if (total == 0 || page.offset() >= total) {
            return new Page(List.of(), total);
        }
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(page.size());
        parameters.add(page.offset());
        List<Rejection> items = JdbcQueries.list(
                dataSource,
                SELECT + " WHERE " + where.sql() + orderBy(sort) + " LIMIT ? OFFSET ?",
                parameters,
                RejectionReads::view,
                Plan.FOR_EACH_EXECUTION);
        return new Page(items, total);
    }

    /**
     * Up to {@code limit} of the owner's records that come after {@code after} in newest-first order
     * (rejectedOn, createdAt, id, all descending); {@code after} null starts with the newest. Keyset
     * paging: each batch is one index range scan however deep into the records it is.
     */
    public List<Rejection> batchAfter(String ownerId, Rejection after, int limit) {
        if (after == null) {
            return query(SELECT + " WHERE r.owner_id = ?" + NEWEST_FIRST + " LIMIT ?", List.of(ownerId, limit));
        }
        OffsetDateTime createdAt = after.getCreatedAt().atOffset(ZoneOffset.UTC);
        return query(
                SELECT + " WHERE r.owner_id = ? AND (r.rejected_on < ? OR (r.rejected_on = ? AND"
                        + " (r.created_at < ? OR (r.created_at = ? AND r.id < ?))))" + NEWEST_FIRST + " LIMIT ?",
                List.of(
                        ownerId,
                        after.getRejectedOn(),
                        after.getRejectedOn(),
                        createdAt,
                        createdAt,
                        after.getId(),
                        limit));
    }

    /** The keys of the owner's records rejected from {@code from} to {@code to}, both included. */
    public List<RecordKey> keysRejectedBetween(String ownerId, LocalDate from, LocalDate to) {
        return JdbcQueries.list(
                dataSource,
                "SELECT r.company, r.role, r.rejected_on FROM rejection r"
                        + " WHERE r.owner_id = ? AND r.rejected_on BETWEEN ? AND ?",
                List.of(ownerId, from, to),
                row -> RecordKey.of(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class)));
    }

    private List<Rejection> query(String sql, List<?> parameters) {
        return JdbcQueries.list(dataSource, sql, parameters, RejectionReads::view);
    }

    private static String orderBy(RejectionSort sort) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        String first = sort.field() == RejectionSort.Field.REJECTED_ON ? "r.rejected_on" + direction + ", " : "";
        return " ORDER BY " + first + "r.created_at" + direction + ", r.id" + direction;
    }

    private static Rejection view(ResultSet row) throws SQLException {
        return new Rejection()
                .id(row.getObject(1, UUID.class))
                .company(row.getString(2))
                .role(row.getString(3))
                .stageReached(StageReached.valueOf(row.getString(4)))
                .interviewRound((Integer) row.getObject(5))
                .interviewFormat(InterviewFormat.valueOf(row.getString(6)))
                .notifiedVia(NotifiedVia.valueOf(row.getString(7)))
                .rejectedOn(row.getObject(8, LocalDate.class))
                .appliedOn(row.getObject(9, LocalDate.class))
                .reason(RejectionReason.valueOf(row.getString(10)))
                .reasonDetail(row.getString(11))
                .contact(contact(row.getString(12), row.getString(13), row.getString(14)))
                .internalCandidate(row.getBoolean(15))
                .jobPostingUrl(row.getString(16))
                .selfAssessment((Integer) row.getObject(17))
                .notes(row.getString(18))
                .tags(tags(row.getArray(19)))
                .status(RecordStatus.valueOf(row.getString(20)))
                .plan(plan(row.getString(24)))
                .createdAt(row.getObject(21, OffsetDateTime.class).toInstant())
                .updatedAt(row.getObject(22, OffsetDateTime.class).toInstant())
                .version(row.getLong(23));
    }

    private static Contact contact(String name, String title, String email) {
        return name == null && title == null && email == null
                ? null
                : new Contact().name(name).title(title).email(email);
    }

    private static Set<String> tags(Array array) throws SQLException {
        return array == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    /** Parses the plan column written by {@link #SELECT}. */
    static List<TrackedStep> plan(String folded) {
        if (folded == null) {
            return List.of();
        }
        String[] steps = folded.split(",");
        List<TrackedStep> plan = new ArrayList<>(steps.length);
        for (String step : steps) {
            String[] parts = step.split(" ");
            plan.add(new TrackedStep()
                    .action(PlanAction.valueOf(parts[0]))
                    .due(LocalDate.parse(parts[1]))
                    .status(StepStatus.valueOf(parts[2]))
                    .doneOn(date(parts[3]))
                    .snoozedUntil(date(parts[4])));
        }
        return List.copyOf(plan);
    }

    private static LocalDate date(String text) {
        return text.equals("-") ? null : LocalDate.parse(text);
    }

    public record Page(List<Rejection> items, long totalItems) {}
}
