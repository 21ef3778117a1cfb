package dev.rebound.rejection;

import dev.rebound.db.JdbcQueries;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rejections, always looked up within one owner's records. */
@ApplicationScoped
public class RejectionRepository implements PanacheRepositoryBase<Rejection, UUID> {

    /**
     * A new record and its plan in one statement, which also reads the owner's earlier rejections at the
     * same company. Every sub-statement sees the table as it was before the statement, so the history
     * never counts the record being added. The plan rows come from RETURNING, so they are written after
     * the record they reference.
     */
    private static final String INSERT_WITH_PLAN = "WITH history AS (SELECT count(*) AS rejections,"
            + " max(rejected_on) AS last_rejected_on FROM rejection WHERE owner_id = ? AND lower(company) = lower(?)),"
            + " record AS (INSERT INTO rejection (id, owner_id, company, role, stage_reached, interview_round,"
            + " interview_format, notified_via, rejected_on, applied_on, reason, reason_detail, contact_name,"
            + " contact_title, contact_email, internal_candidate, job_posting_url, self_assessment, notes, tags, status,"
            + " created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, owner_id),"
            + " plan AS (INSERT INTO plan_step (rejection_id, action, owner_id, position, due, status)"
            + " SELECT record.id, step.action, record.owner_id, step.position, step.due, 'PENDING' FROM record,"
            + " unnest(CAST(? AS text[]), CAST(? AS text[])::int2[], CAST(? AS text[])::date[]) AS step (action, position, due))"
            + " SELECT rejections, last_rejected_on FROM history";

    private final AgroalDataSource dataSource;

    public RejectionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores a new record, as {@code created} shows it, with its pending plan; answers what the owner met at
     * the same company before. One round trip, in the caller's transaction.
     */
    public CompanyHistory insert(String ownerId, RejectionView created) {
        ContactData contact = created.contact() == null ? new ContactData(null, null, null) : created.contact();
        List<PlanStepView> plan = created.plan();
        List<Object> parameters = Arrays.asList(
                ownerId,
                created.company(),
                created.id(),
                ownerId,
                created.company(),
                created.role(),
                created.stageReached().name(),
                created.interviewRound(),
                created.interviewFormat().name(),
                created.notifiedVia().name(),
                created.rejectedOn(),
                created.appliedOn(),
                created.reason().name(),
                created.reasonDetail(),
                contact.name(),
                contact.title(),
                contact.email(),
                created.internalCandidate(),
                created.jobPostingUrl(),
                created.selfAssessment(),
                created.notes(),
                created.tags().toArray(String[]::new),
                created.status().name(),
                created.createdAt().atOffset(ZoneOffset.UTC),
                created.updatedAt().atOffset(ZoneOffset.UTC),
                created.version(),
                plan.stream().map(step -> step.action().name()).toArray(String[]::new),
                plan.stream()
                        .map(step -> Integer.toString(step.action().ordinal()))
                        .toArray(String[]::new),
                plan.stream().map(step -> step.due().toString()).toArray(String[]::new));
        return JdbcQueries.list(
                        dataSource,
                        INSERT_WITH_PLAN,
                        parameters,
                        row -> new CompanyHistory(row.getLong(1), row.getObject(2, LocalDate.class)))
                .get(0);
    }

    /** The owner's record, locked until the transaction ends so that concurrent writes queue up. */
    public Optional<Rejection> findOwnedForUpdate(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2", id, ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean deleteOwned(String ownerId, UUID id) {
        return delete("id = ?1 and ownerId = ?2", id, ownerId) > 0;
    }
}
