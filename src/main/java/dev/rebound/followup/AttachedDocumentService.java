package dev.rebound.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.binding.BodyChecks;
import dev.rebound.db.StoredTime;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.RejectionEntity;
import dev.rebound.rejection.RejectionService;
import dev.rebound.suggestion.RejectionFacts;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * Keeps one kind of document beside the owner's records (feedback, a reflection): read, create or replace under
 * the record's lock, delete. A subclass says how its body is checked, what it stores and what a save or a
 * removal changes in the record's plan.
 *
 * @param <D> the stored document
 * @param <I> the checked body of a PUT
 * @param <V> the document as the API returns it
 */
public abstract class AttachedDocumentService<D extends AttachedDocument, I extends Record, V> {

    // Not final: CDI's client proxy of a subclass is made through the no-argument constructor below.
    protected RejectionService rejections;
    protected BusinessMetrics metrics;
    private EntityManager entityManager;
    private BodyChecks bodyChecks;
    private Clock clock;
    private Class<D> type;
    private Class<I> inputType;
    private String name;
    private String stored;

    /** For CDI's client proxies only. */
    protected AttachedDocumentService() {}

    /**
     * @param name what the document is called in messages: "feedback", "reflection"
     * @param stored how one comes to be kept, for the 404: "recorded", "saved"
     */
    protected AttachedDocumentService(
            Class<D> type, Class<I> inputType, String name, String stored, AttachedDocumentTools tools) {
        this.type = type;
        this.inputType = inputType;
        this.name = name;
        this.stored = stored;
        this.rejections = tools.rejections();
        this.metrics = tools.metrics();
        this.entityManager = tools.entityManager();
        this.bodyChecks = tools.bodyChecks();
        this.clock = tools.clock();
    }

    /** A new, empty document; the base sets its key, owner and times. */
    protected abstract D newDocument();

    /** This kind's own rules for a bound body, checked against what is known of its record. */
    protected abstract Collection<FieldError> rules(I input, RejectionFacts record, LocalDate today);

    /** Copies the checked body into the document. */
    protected abstract void fill(D document, I input, RejectionEntity rejection, LocalDate today, boolean created);

    /** What a save changes in the record's plan and status. */
    protected abstract void saved(RejectionEntity rejection, D document, boolean created);

    /** What a removal changes in the record's status. */
    protected abstract void removed(RejectionEntity rejection);

    protected abstract V view(D document);

    public StoredDocument<V> get(String ownerId, UUID rejectionId) {
        D document = find(ownerId, rejectionId);
        return new StoredDocument<>(view(document), document.version, false);
    }

    /** The document of each of these records that has one, by record id. */
    public Map<UUID, V> forRecords(String ownerId, Collection<UUID> rejectionIds) {
        if (rejectionIds.isEmpty()) {
            return Map.of();
        }
        // Read-only: an export reads thousands in its own short transactions, and changes none of them.
        return entityManager
                .createQuery(
                        "SELECT d FROM " + type.getSimpleName()
                                + " d WHERE d.ownerId = :owner AND d.rejectionId IN :ids",
                        type)
                .setParameter("owner", ownerId)
                .setParameter("ids", rejectionIds)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()
                .collect(Collectors.toMap(document -> document.rejectionId, this::view));
    }

    /** Creates or replaces the document of the owner's record, as the preconditions allow. */
    @Transactional
    public StoredDocument<V> put(
            String ownerId,
            LocalDate today,
            UUID rejectionId,
            ObjectNode body,
            EntityTags.Preconditions preconditions) {
        RejectionEntity rejection = rejections.lockOwned(ownerId, rejectionId);
        D document = entityManager.find(type, rejectionId);
        preconditions.check(document == null ? null : document.version, name);
        I input = checked(body, rejections.facts(rejection), today).orThrow();

        boolean created = document == null;
        Instant now = StoredTime.now(clock);
        if (created) {
            document = newDocument();
            document.rejectionId = rejectionId;
            document.ownerId = ownerId;
            document.createdAt = now;
        }
        fill(document, input, rejection, today, created);
        document.updatedAt = now;
        if (created) {
            entityManager.persist(document);
        }
        saved(rejection, document, created);
        entityManager.flush();
        return new StoredDocument<>(view(document), document.version, created);
    }

    /**
     * Every problem the body would have as this document of a record not stored yet (an import checks a whole
     * file before it stores anything); empty when a PUT of it would be accepted.
     */
    public List<FieldError> problems(ObjectNode body, RejectionFacts record, LocalDate today) {
        return checked(body, record, today).errors();
    }

    private BodyChecks.Checked<I> checked(ObjectNode body, RejectionFacts record, LocalDate today) {
        BodyChecks.Checked<I> checked = bodyChecks.check(body, inputType);
        return checked.add(rules(checked.value(), record, today));
    }

    @Transactional
    public void delete(String ownerId, UUID rejectionId, String ifMatch) {
        RejectionEntity rejection = rejections.lockOwned(ownerId, rejectionId);
        D document = find(ownerId, rejectionId);
        EntityTags.requireMatch(ifMatch, document.version);
        entityManager.remove(document);
        removed(rejection);
    }

    /** Whether the record has a document of this kind, in the caller's transaction. */
    protected boolean exists(UUID rejectionId) {
        return entityManager.find(type, rejectionId) != null;
    }

    protected D find(String ownerId, UUID rejectionId) {
        D document = entityManager.find(type, rejectionId);
        if (document == null || !document.ownerId.equals(ownerId)) {
            throw ProblemException.notFound("No " + name + " is " + stored + " for rejection " + rejectionId + ".");
        }
        return document;
    }
}
