package dev.rebound.reminder;

import static dev.rebound.db.NativeValues.localDate;

import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.Reminder;
import dev.rebound.api.model.StepStatus;
import dev.rebound.db.NativeValues;
import dev.rebound.rejection.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads the owner's open plan steps (pending, or snoozed) in the order they need attention. Both
 * queries run on the partial index plan_step_owner_remind_on_idx.
 */
@ApplicationScoped
public class OpenSteps {

    private static final String SELECT = "SELECT r.id, r.company, r.role, p.action, p.due, p.status,"
            + " p.snoozed_until, p.remind_on, p.position FROM plan_step p JOIN rejection r ON r.id = p.rejection_id";
    private static final String LISTED =
            "p.owner_id = :owner AND p.remind_on < :before" + " AND (p.status = 'PENDING' OR p.remind_on <= :today)";
    private static final String ORDER = " ORDER BY p.remind_on, p.rejection_id, p.position";

    private final EntityManager entityManager;

    public OpenSteps(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One page of steps needing attention strictly before {@code dueBefore}, and how many there are:
     * pending steps by their due date, and snoozed steps whose snooze has come (ended today or earlier).
     */
    public Page page(String ownerId, LocalDate dueBefore, LocalDate today, PageRequest page) {
        long total = NativeValues.count(entityManager
                .createNativeQuery("SELECT count(*) FROM plan_step p WHERE " + LISTED)
                .setParameter("owner", ownerId)
                .setParameter("before", dueBefore)
                .setParameter("today", today)
                .getSingleResult());
        if (total == 0 || page.offset() >= total) {
            return new Page(List.of(), total);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SELECT + " WHERE " + LISTED + ORDER + " LIMIT :limit OFFSET :offset")
                .setParameter("owner", ownerId)
                .setParameter("before", dueBefore)
                .setParameter("today", today)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return new Page(rows.stream().map(OpenSteps::reminder).toList(), total);
    }

    /**
     * Up to {@code limit} open steps after the given position (snoozed ones at the end of their snooze,
     * which is when a calendar should show them) in reminder order, for reading them all
     * in batches; {@code after} null starts from the beginning.
     */
    public List<Reminder> batch(String ownerId, Reminder after, int limit) {
        String where = " WHERE p.owner_id = :owner AND p.remind_on IS NOT NULL";
        if (after != null) {
            where += " AND (p.remind_on, p.rejection_id, p.position) > (:remindOn, :rejectionId, :position)";
        }
        var query = entityManager
                .createNativeQuery(SELECT + where + ORDER + " LIMIT :limit")
                .setParameter("owner", ownerId)
                .setParameter("limit", limit);
        if (after != null) {
            query.setParameter("remindOn", after.getRemindOn())
                    .setParameter("rejectionId", after.getId())
                    .setParameter("position", (short) after.getAction().ordinal());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(OpenSteps::reminder).toList();
    }

    private static Reminder reminder(Object[] row) {
        return new Reminder()
                .id((UUID) row[0])
                .company((String) row[1])
                .role((String) row[2])
                .action(PlanAction.valueOf((String) row[3]))
                .due(localDate(row[4]))
                .status(StepStatus.valueOf((String) row[5]))
                .snoozedUntil(localDate(row[6]))
                .remindOn(localDate(row[7]));
    }

    public record Page(List<Reminder> items, long totalItems) {}
}
