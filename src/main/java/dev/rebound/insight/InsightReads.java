package dev.rebound.insight;

import dev.rebound.api.model.Counts;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.api.model.ImprovementAreaCount;
import dev.rebound.api.model.InsightRates;
import dev.rebound.api.model.Insights;
import dev.rebound.api.model.NotifiedVia;
import dev.rebound.api.model.Rate;
import dev.rebound.api.model.RejectionReason;
import dev.rebound.api.model.RepeatCompany;
import dev.rebound.api.model.StageReached;
import dev.rebound.db.JdbcQueries;
import dev.rebound.db.JdbcQueries.Plan;
import dev.rebound.rejection.RejectionConditions;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;

/**
 * Computes insights in one SQL statement over one owner's rows; no record is loaded into Java. The owner's
 * records in range are read once, from the covering index rejection_owner_insights_idx, into a materialized
 * CTE that every aggregate then reads: counts by dimension (GROUPING SETS), repeat companies, progress rates and
 * improvement areas come back as tagged rows of one result.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class InsightReads {

    /** More than this many repeat companies would not be a pattern worth listing. */
    static final int MAX_REPEAT_COMPANIES = 50;

    static final int TOP_AREAS = 5;

    private final AgroalDataSource dataSource;

    /** One row of the statement: what it is, its name, a count, a day and a number, as each kind needs. */
    private record Row(String kind, String name, long count, LocalDate day, Double value) {}

    public Insights compute(String ownerId, InsightQuery range) {
        List<Object> parameters = new ArrayList<>();
        String sql = statement(ownerId, range, parameters);

        Counts byStage = zeros(StageReached.values());
        Counts byReason = zeros(RejectionReason.values());
        Counts byChannel = zeros(NotifiedVia.values());
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        List<RepeatCompany> repeatCompanies = new ArrayList<>();
        Map<String, Long> progress = new HashMap<>();
        List<ImprovementAreaCount> areas = new ArrayList<>();
        Double medianDays = null;
        for (Row row : JdbcQueries.list(dataSource, sql, parameters, InsightReads::row, Plan.FOR_EACH_EXECUTION)) {
            switch (row.kind()) {
                case "stage" -> byStage.put(StageReached.valueOf(row.name()).name(), row.count());
                case "reason" ->
                    byReason.put(RejectionReason.valueOf(row.name()).name(), row.count());
                case "channel" -> byChannel.put(NotifiedVia.valueOf(row.name()).name(), row.count());
                case "month" -> months.put(YearMonth.parse(row.name()), row.count());
                case "repeat" ->
                    repeatCompanies.add(new RepeatCompany()
                            .company(row.name())
                            .count(row.count())
                            .lastRejectedOn(row.day())
                            .reapplyFrom(row.day().plusMonths(6)));
                case "progress" -> progress.put(row.name(), row.count());
                case "median" -> medianDays = row.value();
                case "area" ->
                    areas.add(new ImprovementAreaCount()
                            .area(ImprovementArea.valueOf(row.name()))
                            .count(row.count()));
                default -> throw new IllegalStateException("Unknown insight row " + row.kind());
            }
        }
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();
        long requested = progress.getOrDefault("feedbackRequested", 0L);
        InsightRates rates = new InsightRates()
                .thankYouSent(rate(progress.getOrDefault("thankYouSent", 0L), total))
                .feedbackRequested(rate(requested, total))
                .feedbackReceived(rate(progress.getOrDefault("feedbackReceived", 0L), requested))
                .reflected(rate(progress.getOrDefault("reflected", 0L), total));
        return new Insights()
                .from(range.from())
                .to(range.to())
                .totalRejections(total)
                .byStage(byStage)
                .byReason(byReason)
                .byChannel(byChannel)
                .byMonth(monthly(months))
                .repeatCompanies(List.copyOf(repeatCompanies))
                .rates(rates)
                .topImprovementAreas(List.copyOf(areas))
                .medianDaysToReflection(medianDays)
                .observations(List.of());
    }

    /**
     * The statement and its parameters. Without a range, progress is counted on owner-led covering indexes of
     * the follow-up tables; with one, only steps, feedback and reflections of records in range count.
     */
    private static String statement(String ownerId, InsightQuery range, List<Object> parameters) {
        boolean ranged = range.from() != null || range.to() != null;
        parameters.add(ownerId); // the owner CTE's, then the WHERE's
        RejectionConditions where = RejectionConditions.rejectedBetween(ownerId, range.from(), range.to());
        parameters.addAll(where.parameters());
        String inRange = ranged ? " JOIN mine m ON m.id = %s.rejection_id" : "";
        String doneSteps = "SELECT count(*) FROM plan_step p" + inRange.formatted("p")
                + " WHERE p.owner_id = owner.id AND p.action = '%s' AND p.status = 'DONE'";
        String sql = "WITH owner AS (SELECT CAST(? AS text) AS id),"
                + " mine AS MATERIALIZED (SELECT r.id, r.company, r.stage_reached, r.reason, r.notified_via,"
                + " r.rejected_on, r.created_at FROM rejection r WHERE " + where.sql() + "),"
                // GROUPING() is 0 for the column a grouping set groups by. Companies are grouped byte-wise (the same
                // groups, a third of the time of the locale's collation) and ordered in the locale's collation.
                + " dimensions AS (SELECT CASE WHEN GROUPING(stage_reached) = 0 THEN 'stage'"
                + " WHEN GROUPING(reason) = 0 THEN 'reason' WHEN GROUPING(notified_via) = 0 THEN 'channel'"
                + " ELSE 'month' END AS kind, coalesce(stage_reached, reason, notified_via, to_char(rejected_on, 'YYYY-MM'))"
                + " AS name, count(*) AS n FROM mine GROUP BY GROUPING SETS ((stage_reached), (reason), (notified_via),"
                + " (to_char(rejected_on, 'YYYY-MM')))),"
                + " repeats AS (SELECT (array_agg(company ORDER BY rejected_on DESC, created_at DESC))[1] AS name,"
                + " count(*) AS n, max(rejected_on) AS last FROM mine GROUP BY lower(company) COLLATE \"C\" HAVING count(*) >= 2"
                + " ORDER BY count(*) DESC, max(rejected_on) DESC, min(lower(company)) LIMIT " + MAX_REPEAT_COMPANIES
                + "),"
                + " areas AS (SELECT area AS name, count(*) AS n FROM owner, reflection rf" + inRange.formatted("rf")
                + " CROSS JOIN unnest(rf.improvement_areas) AS area WHERE rf.owner_id = owner.id"
                + " GROUP BY area ORDER BY count(*) DESC, area LIMIT " + TOP_AREAS + ")"
                + " SELECT kind, name, n, NULL::date, NULL::float8, 0::bigint AS place FROM dimensions"
                + " UNION ALL SELECT 'repeat', name, n, last, NULL, row_number() OVER (ORDER BY n DESC, last DESC,"
                + " lower(name)) FROM repeats"
                + " UNION ALL SELECT 'progress', 'thankYouSent', (" + doneSteps.formatted("SEND_THANK_YOU")
                + "), NULL, NULL, 0 FROM owner"
                + " UNION ALL SELECT 'progress', 'feedbackRequested', (" + doneSteps.formatted("REQUEST_FEEDBACK")
                + "), NULL, NULL, 0 FROM owner"
                + " UNION ALL SELECT 'progress', 'feedbackReceived', ("
                + doneSteps
                        .formatted("REQUEST_FEEDBACK")
                        .replace(
                                " WHERE ",
                                " JOIN feedback f ON f.rejection_id = p.rejection_id WHERE f.owner_id = owner.id AND ")
                + "), NULL, NULL, 0 FROM owner"
                + " UNION ALL SELECT 'progress', 'reflected', (SELECT count(*) FROM reflection rf"
                + inRange.formatted("rf")
                + " WHERE rf.owner_id = owner.id), NULL, NULL, 0 FROM owner"
                + " UNION ALL SELECT 'median', NULL, 0, NULL, (SELECT percentile_cont(0.5) WITHIN GROUP"
                + " (ORDER BY rf.reflected_on - m.rejected_on) FROM reflection rf JOIN mine m ON m.id = rf.rejection_id"
                + " WHERE rf.owner_id = owner.id), 0 FROM owner"
                + " UNION ALL SELECT 'area', name, n, NULL, NULL, row_number() OVER (ORDER BY n DESC, name) FROM areas"
                + " ORDER BY 1, 6";
        return sql;
    }

    private static Row row(ResultSet row) throws SQLException {
        double value = row.getDouble(5);
        Double number = row.wasNull() ? null : value;
        return new Row(row.getString(1), row.getString(2), row.getLong(3), row.getObject(4, LocalDate.class), number);
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

    /** A zero for each value, in the vocabulary's order. */
    static Counts zeros(Enum<?>[] values) {
        Counts counts = new Counts();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0L);
        }
        return counts;
    }

    /** A share with what it is made of, to four decimals; 0 when there is nothing to divide by. */
    static Rate rate(long numerator, long denominator) {
        double rate = denominator == 0 ? 0 : Math.round(numerator * 10_000.0 / denominator) / 10_000.0;
        return new Rate().rate(rate).numerator(numerator).denominator(denominator);
    }
}
