package dev.rebound.insight;

import static dev.rebound.db.NativeValues.count;
import static dev.rebound.db.NativeValues.localDate;

import dev.rebound.followup.ImprovementArea;
import dev.rebound.rejection.NotifiedVia;
import dev.rebound.rejection.RejectionReason;
import dev.rebound.rejection.StageReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes insights with SQL aggregates over one owner's rows; no record is loaded into Java. Four
 * statements, each on owner-led covering indexes (V4): counts by dimension, repeat companies, rates, and
 * improvement areas.
 */
@ApplicationScoped
public class InsightRepository {

    /** More than this many repeat companies would not be a pattern worth listing. */
    static final int MAX_REPEAT_COMPANIES = 50;
    static final int TOP_AREAS = 5;

    private final EntityManager entityManager;

    public InsightRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Insights compute(String ownerId, InsightQuery range) {
        String where = "r.owner_id = :owner"
                + (range.from() == null ? "" : " AND r.rejected_on >= :from")
                + (range.to() == null ? "" : " AND r.rejected_on <= :to");

        Map<StageReached, Long> byStage = zeros(StageReached.class);
        Map<RejectionReason, Long> byReason = zeros(RejectionReason.class);
        Map<NotifiedVia, Long> byChannel = zeros(NotifiedVia.class);
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        // One pass over the owner's rows: GROUPING SETS yields each dimension's counts and the total.
        for (Object[] row : rows(bind("SELECT stage_reached, reason, notified_via, to_char(rejected_on, 'YYYY-MM'),"
                + " GROUPING(stage_reached), GROUPING(reason), GROUPING(notified_via),"
                + " GROUPING(to_char(rejected_on, 'YYYY-MM')), count(*) FROM rejection r WHERE " + where
                + " GROUP BY GROUPING SETS ((stage_reached), (reason), (notified_via),"
                + " (to_char(rejected_on, 'YYYY-MM')))", ownerId, range))) {
            long count = count(row[8]);
            if (grouped(row[4])) {
                byStage.put(StageReached.valueOf((String) row[0]), count);
            } else if (grouped(row[5])) {
                byReason.put(RejectionReason.valueOf((String) row[1]), count);
            } else if (grouped(row[6])) {
                byChannel.put(NotifiedVia.valueOf((String) row[2]), count);
            } else {
                months.put(YearMonth.parse((String) row[3]), count);
            }
        }
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();

        List<Insights.RepeatCompany> repeatCompanies = rows(bind("SELECT (array_agg(company ORDER BY rejected_on DESC,"
                + " created_at DESC))[1], count(*), max(rejected_on) FROM rejection r WHERE " + where
                + " GROUP BY lower(company) HAVING count(*) >= 2 ORDER BY count(*) DESC, max(rejected_on) DESC,"
                + " lower(company) LIMIT " + MAX_REPEAT_COMPANIES, ownerId, range)).stream()
                .map(row -> {
                    LocalDate last = localDate(row[2]);
                    return new Insights.RepeatCompany((String) row[0], count(row[1]), last,
                            last.plusMonths(6));
                })
                .toList();

        // Each count runs on an owner-led covering index; a date range joins the owner's records in range.
        boolean ranged = range.from() != null || range.to() != null;
        String inRange = ranged ? " JOIN mine m ON m.id = %s.rejection_id" : "";
        String doneSteps = "SELECT count(*) FROM plan_step p" + inRange.formatted("p")
                + " WHERE p.owner_id = :owner AND p.action = '%s' AND p.status = 'DONE'";
        Object[] progress = (Object[]) bind("WITH mine AS MATERIALIZED (SELECT r.id, r.rejected_on FROM rejection r"
                + " WHERE " + where + ") SELECT"
                + " (" + doneSteps.formatted("SEND_THANK_YOU") + "),"
                + " (" + doneSteps.formatted("REQUEST_FEEDBACK") + "),"
                + " (" + doneSteps.formatted("REQUEST_FEEDBACK").replace(" WHERE ",
                        " JOIN feedback f ON f.rejection_id = p.rejection_id WHERE f.owner_id = :owner AND ") + "),"
                + " (SELECT count(*) FROM reflection rf" + inRange.formatted("rf") + " WHERE rf.owner_id = :owner),"
                + " (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY rf.reflected_on - m.rejected_on)"
                + " FROM reflection rf JOIN mine m ON m.id = rf.rejection_id WHERE rf.owner_id = :owner)",
                ownerId, range).getSingleResult();
        long requested = count(progress[1]);
        Insights.Rates rates = new Insights.Rates(
                Insights.Rate.of(count(progress[0]), total),
                Insights.Rate.of(requested, total),
                Insights.Rate.of(count(progress[2]), requested),
                Insights.Rate.of(count(progress[3]), total));
        Double medianDays = progress[4] == null ? null : ((Number) progress[4]).doubleValue();

        List<Insights.AreaCount> areas = rows(bind("SELECT area, count(*) FROM reflection rf"
                + (ranged ? " JOIN rejection r ON r.id = rf.rejection_id AND " + where : "")
                + " CROSS JOIN unnest(rf.improvement_areas) AS area WHERE rf.owner_id = :owner"
                + " GROUP BY area ORDER BY count(*) DESC, area LIMIT " + TOP_AREAS, ownerId, range)).stream()
                .map(row -> new Insights.AreaCount(ImprovementArea.valueOf((String) row[0]), count(row[1])))
                .toList();

        return new Insights(range.from(), range.to(), total, byStage, byReason, byChannel, monthly(months),
                repeatCompanies, rates, areas, medianDays, List.of());
    }

    private Query bind(String sql, String ownerId, InsightQuery range) {
        Query query = entityManager.createNativeQuery(sql).setParameter("owner", ownerId);
        if (range.from() != null) {
            query.setParameter("from", range.from());
        }
        if (range.to() != null) {
            query.setParameter("to", range.to());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** GROUPING() is 0 for the column a grouping set groups by. */
    private static boolean grouped(Object grouping) {
        return ((Number) grouping).intValue() == 0;
    }

    /** Every month from the first to the last with a rejection, gaps as zeros, so charts need no filling. */
    private static Map<String, Long> monthly(TreeMap<YearMonth, Long> months) {
        Map<String, Long> filled = new LinkedHashMap<>();
        if (months.isEmpty()) {
            return filled;
        }
        for (YearMonth month = months.firstKey(); !month.isAfter(months.lastKey()); month = month.plusMonths(1)) {
            filled.put(month.toString(), months.getOrDefault(month, 0L));
        }
        return filled;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
