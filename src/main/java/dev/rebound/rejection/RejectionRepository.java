package dev.rebound.rejection;

import dev.rebound.api.model.CompanyHistory;
import dev.rebound.api.model.Contact;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.TrackedStep;
import dev.rebound.db.JdbcQueries;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/** Rejections, always looked up within one owner's records. */
@ApplicationScoped
@RequiredArgsConstructor
public class RejectionRepository implements PanacheRepositoryBase<RejectionEntity, UUID> {

    /** A new record, returning what its plan needs. */
    private static final String RECORD = "record AS (INSERT INTO rejection (id, owner_id, company, role, stage_reached,"
            + " interview_round, interview_format, notified_via, rejected_on, applied_on, reason, reason_detail,"
            + " contact_name, contact_title, contact_email, internal_candidate, job_posting_url, self_assessment, notes,"
            + " tags, status, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, owner_id)";

    /** Its plan: the rows come from RETURNING, so they are written after the record they reference. */
    private static final String PLAN = "INSERT INTO plan_step (rejection_id, action, owner_id, position, due, status)"
            + " SELECT record.id, step.action, record.owner_id, step.position, step.due, 'PENDING' FROM record,"
            + " unnest(CAST(? AS text[]), CAST(? AS text[])::int2[], CAST(? AS text[])::date[]) AS step (action, position, due)";

    /**
     * A new record and its plan in one statement, which also reads the owner's earlier rejections at the
     * same company. Every sub-statement sees the table as it was before the statement, so the history
     * never counts the record being added.
     */
    private static final String INSERT_WITH_HISTORY = "WITH history AS (SELECT count(*) AS rejections,"
            + " max(rejected_on) AS last_rejected_on FROM rejection WHERE owner_id = ? AND lower(company) = lower(?)), "
            + RECORD + ", plan AS (" + PLAN + ") SELECT rejections, last_rejected_on FROM history";

    /** A new record and its plan, answering nothing, so that many go to PostgreSQL as one batch. */
    private static final String INSERT = "WITH " + RECORD + " " + PLAN;

    private final AgroalDataSource dataSource;

    /**
     * Stores a new record, as {@code created} shows it, with its pending plan; answers what the owner met at
     * the same company before. One round trip, in the caller's transaction.
     */
    public CompanyHistory insert(String ownerId, Rejection created) {
        List<Object> parameters = new ArrayList<>(List.of(ownerId, created.getCompany()));
        parameters.addAll(parameters(ownerId, created));
        return JdbcQueries.list(
                        dataSource,
                        INSERT_WITH_HISTORY,
                        parameters,
                        row -> new CompanyHistory()
                                .priorRejectionsAtCompany(row.getLong(1))
                                .lastRejectedOn(row.getObject(2, LocalDate.class)))
                .get(0);
    }

    /**
     * Stores new records with their pending plans, as one batch of statements that PostgreSQL receives without
     * waiting for each answer, in the caller's transaction.
     */
    public void insertAll(String ownerId, List<Rejection> created) {
        JdbcQueries.batch(
                dataSource,
                INSERT,
                created.stream().map(record -> parameters(ownerId, record)).toList());
    }

    /** The parameters of {@link #RECORD} and {@link #PLAN}, in order. */
    private static List<Object> parameters(String ownerId, Rejection created) {
        Contact contact = created.getContact() == null ? new Contact() : created.getContact();
        List<TrackedStep> plan = created.getPlan();
        return Arrays.asList(
                created.getId(),
                ownerId,
                created.getCompany(),
                created.getRole(),
                created.getStageReached().name(),
                created.getInterviewRound(),
                created.getInterviewFormat().name(),
                created.getNotifiedVia().name(),
                created.getRejectedOn(),
                created.getAppliedOn(),
                created.getReason().name(),
                created.getReasonDetail(),
                contact.getName(),
                contact.getTitle(),
                contact.getEmail(),
                created.getInternalCandidate(),
                created.getJobPostingUrl(),
                created.getSelfAssessment(),
                created.getNotes(),
                created.getTags().toArray(String[]::new),
                created.getStatus().name(),
                created.getCreatedAt().atOffset(ZoneOffset.UTC),
                created.getUpdatedAt().atOffset(ZoneOffset.UTC),
                created.getVersion(),
                plan.stream().map(step -> step.getAction().name()).toArray(String[]::new),
                plan.stream()
                        .map(step -> Integer.toString(step.getAction().ordinal()))
                        .toArray(String[]::new),
                plan.stream().map(step -> step.getDue().toString()).toArray(String[]::new));
    }

    /**
     * Holds, until the transaction ends, the owner's import lock: two imports of one owner store their rows one
     * after the other, so that the second sees the first's rows as already there.
     */
    public void lockImports(String ownerId) {
        getEntityManager()
                .createNativeQuery(
                        "SELECT count(*) FROM pg_advisory_xact_lock(hashtext('rebound.import'), hashtext(:owner))")
                .setParameter("owner", ownerId)
                .getSingleResult();
    }

    /** The owner's record, locked until the transaction ends so that concurrent writes queue up. */
    public Optional<RejectionEntity> findOwnedForUpdate(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2", id, ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean deleteOwned(String ownerId, UUID id) {
        return delete("id = ?1 and ownerId = ?2", id, ownerId) > 0;
    }
}
