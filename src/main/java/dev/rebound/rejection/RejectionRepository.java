package dev.rebound.rejection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
            + " unnest(CAST(? AS text[]), CAST(? AS int2[]), CAST(? AS date[])) AS step (action, position, due))"
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT_WITH_PLAN)) {
            int i = 0;
            statement.setString(++i, ownerId);
            statement.setString(++i, created.company());
            statement.setObject(++i, created.id());
            statement.setString(++i, ownerId);
            statement.setString(++i, created.company());
            statement.setString(++i, created.role());
            statement.setString(++i, created.stageReached().name());
            statement.setObject(++i, created.interviewRound());
            statement.setString(++i, created.interviewFormat().name());
            statement.setString(++i, created.notifiedVia().name());
            statement.setObject(++i, created.rejectedOn());
            statement.setObject(++i, created.appliedOn());
            statement.setString(++i, created.reason().name());
            statement.setString(++i, created.reasonDetail());
            ContactData contact = created.contact();
            statement.setString(++i, contact == null ? null : contact.name());
            statement.setString(++i, contact == null ? null : contact.title());
            statement.setString(++i, contact == null ? null : contact.email());
            statement.setBoolean(++i, created.internalCandidate());
            statement.setString(++i, created.jobPostingUrl());
            statement.setObject(++i, created.selfAssessment());
            statement.setString(++i, created.notes());
            statement.setArray(++i, connection.createArrayOf("text", created.tags().toArray()));
            statement.setString(++i, created.status().name());
            statement.setObject(++i, created.createdAt().atOffset(ZoneOffset.UTC));
            statement.setObject(++i, created.updatedAt().atOffset(ZoneOffset.UTC));
            statement.setLong(++i, created.version());
            List<PlanStepView> plan = created.plan();
            statement.setArray(++i, connection.createArrayOf("text",
                    plan.stream().map(step -> step.action().name()).toArray()));
            statement.setArray(++i, connection.createArrayOf("int2",
                    plan.stream().map(step -> (short) step.action().ordinal()).toArray()));
            statement.setArray(++i, connection.createArrayOf("date",
                    plan.stream().map(step -> step.due().toString()).toArray()));
            try (ResultSet history = statement.executeQuery()) {
                history.next();
                return new CompanyHistory(history.getLong(1), history.getObject(2, LocalDate.class));
            }
        } catch (SQLException e) {
            // DatabaseOutage finds the SQLException among the causes and answers 503 when the database is away.
            throw new IllegalStateException("Storing a new rejection failed", e);
        }
    }

    /** The owner's record, locked until the transaction ends so that concurrent writes queue up. */
    public Optional<Rejection> findOwnedForUpdate(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean deleteOwned(String ownerId, UUID id) {
        return delete("id = ?1 and ownerId = ?2", id, ownerId) > 0;
    }

    /** Whether a reflection is saved for the record: part of its status. */
    public boolean hasReflection(UUID rejectionId) {
        return getEntityManager().createNativeQuery("SELECT EXISTS (SELECT 1 FROM reflection WHERE rejection_id = :id)")
                .setParameter("id", rejectionId)
                .getSingleResult() == Boolean.TRUE;
    }
}
