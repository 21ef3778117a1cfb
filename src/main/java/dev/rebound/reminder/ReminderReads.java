package dev.rebound.reminder;

import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.Reminder;
import dev.rebound.api.model.ReminderPage;
import dev.rebound.api.model.StepStatus;
import dev.rebound.db.JdbcQueries;
import dev.rebound.db.JdbcQueries.Plan;
import dev.rebound.rejection.PageRequest;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/**
 * Reads the owner's open plan steps (pending, or snoozed) in the order they need attention. Both
 * queries run on the partial index plan_step_owner_remind_on_idx.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ReminderReads {

    private static final String SELECT = "SELECT r.id, r.company, r.role, p.action, p.due, p.status,"
            + " p.snoozed_until, p.remind_on, p.position FROM plan_step p JOIN rejection r ON r.id = p.rejection_id";
    /** Parameters: owner, before, today. */
    private static final String LISTED =
            "p.owner_id = ? AND p.remind_on < ?" + " AND (p.status = 'PENDING' OR p.remind_on <= ?)";

    private static final String ORDER = " ORDER BY p.remind_on, p.rejection_id, p.position";

    private final AgroalDataSource dataSource;

    /** The answer of {@code GET /v1/reminders} (and the MCP tool {@code list_reminders}) for this query. */
    public ReminderPage list(String ownerId, ReminderQuery query, LocalDate today) {
        PageRequest request = query.page();
        Page found = page(ownerId, query.dueBefore(), today, request);
        return new ReminderPage()
                .items(found.items())
                .page(request.page())
                .size(request.size())
                .totalItems(found.totalItems())
                .totalPages(request.pagesFor(found.totalItems()));
    }

    /**
     * One page of steps needing attention strictly before {@code dueBefore}, and how many there are:
     * pending steps by their due date, and snoozed steps whose snooze has come (ended today or earlier).
     */
    public Page page(String ownerId, LocalDate dueBefore, LocalDate today, PageRequest page) {
        List<Object> listed = List.of(ownerId, dueBefore, today);
        long total =
                JdbcQueries.count(dataSource, "SELECT count(*) FROM plan_step p WHERE " + LISTED, listed, Plan.CACHED);
        if (total == 0 || page.offset() >= total) {
            return new Page(List.of(), total);
        }
        List<Object> parameters = new ArrayList<>(listed);
        parameters.add(page.size());
        parameters.add(page.offset());
        List<Reminder> items = JdbcQueries.list(
                dataSource,
                SELECT + " WHERE " + LISTED + ORDER + " LIMIT ? OFFSET ?",
                parameters,
                ReminderReads::reminder);
        return new Page(items, total);
    }

    /**
     * Up to {@code limit} open steps after the given position (snoozed ones at the end of their snooze,
     * which is when a calendar should show them) in reminder order, for reading them all
     * in batches; {@code after} null starts from the beginning.
     */
    public List<Reminder> batch(String ownerId, Reminder after, int limit) {
        if (after == null) {
            return JdbcQueries.list(
                    dataSource,
                    SELECT + " WHERE p.owner_id = ? AND p.remind_on IS NOT NULL" + ORDER + " LIMIT ?",
                    List.of(ownerId, limit),
                    ReminderReads::reminder);
        }
        return JdbcQueries.list(
                dataSource,
                SELECT + " WHERE p.owner_id = ? AND p.remind_on IS NOT NULL"
                        + " AND (p.remind_on, p.rejection_id, p.position) > (?, ?, ?)" + ORDER + " LIMIT ?",
                List.of(
                        ownerId,
                        after.getRemindOn(),
                        after.getId(),
                        (short) after.getAction().ordinal(),
                        limit),
                ReminderReads::reminder);
    }

    private static Reminder reminder(ResultSet row) throws SQLException {
        return new Reminder()
                .id(row.getObject(1, UUID.class))
                .company(row.getString(2))
                .role(row.getString(3))
                .action(PlanAction.valueOf(row.getString(4)))
                .due(row.getObject(5, LocalDate.class))
                .status(StepStatus.valueOf(row.getString(6)))
                .snoozedUntil(row.getObject(7, LocalDate.class))
                .remindOn(row.getObject(8, LocalDate.class));
    }

    public record Page(List<Reminder> items, long totalItems) {}
}
