package dev.rebound.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.db.StoredTime;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.Rejection;
import dev.rebound.rejection.RejectionService;
import dev.rebound.rejection.StepRules;
import dev.rebound.rejection.StepStatus;
import dev.rebound.rejection.TrackedStep;
import dev.rebound.suggestion.PlanAction;
import dev.rebound.suggestion.PromptKey;
import dev.rebound.suggestion.RejectionFacts;
import dev.rebound.suggestion.SuggestionRules;
import dev.rebound.validation.BodyChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The person's reflection on one of their rejections. */
@ApplicationScoped
public class ReflectionService {

    private final RejectionService rejections;
    private final EntityManager entityManager;
    private final BodyChecks bodyChecks;
    private final BusinessMetrics metrics;
    private final Clock clock;

    public ReflectionService(
            RejectionService rejections,
            EntityManager entityManager,
            BodyChecks bodyChecks,
            BusinessMetrics metrics,
            Clock clock) {
        this.rejections = rejections;
        this.entityManager = entityManager;
        this.bodyChecks = bodyChecks;
        this.metrics = metrics;
        this.clock = clock;
    }

    public ReflectionView get(String ownerId, UUID rejectionId) {
        return ReflectionView.of(find(ownerId, rejectionId));
    }

    /** The reflection of each of these records that has one, by record id. */
    public Map<UUID, ReflectionView> forRecords(String ownerId, Collection<UUID> rejectionIds) {
        if (rejectionIds.isEmpty()) {
            return Map.of();
        }
        // Values, not entities: an export reads thousands, and none of them is changed.
        return entityManager
                .createQuery(
                        "SELECT r.rejectionId, r.answers, r.lessons, r.improvementAreas, r.lettingGo,"
                                + " r.reflectedOn, r.createdAt, r.updatedAt, r.version FROM Reflection r"
                                + " WHERE r.ownerId = :owner AND r.rejectionId IN :ids",
                        Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("ids", rejectionIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], ReflectionView::of));
    }

    /**
     * Creates or replaces the reflection and marks REFLECT done today. Answers must be to prompts this
     * record is offered now, as GET .../suggestions lists them.
     */
    @Transactional
    public Saved<ReflectionView> put(
            String ownerId,
            LocalDate today,
            UUID rejectionId,
            ObjectNode body,
            EntityTags.Preconditions preconditions) {
        Rejection rejection = rejections.lockOwned(ownerId, rejectionId);
        Reflection reflection = entityManager.find(Reflection.class, rejectionId);
        preconditions.check(reflection == null ? null : reflection.version, "reflection");

        List<String> offered = SuggestionRules.prompts(RejectionFacts.of(rejections.view(rejection))).stream()
                .map(PromptKey::key)
                .toList();
        BodyChecks.Checked<ReflectionInput> checked = bodyChecks.check(body, ReflectionInput.class);
        ReflectionInput input = checked.add(FollowUpRules.checkReflection(checked.value(), offered))
                .orThrow();

        boolean created = reflection == null;
        Instant now = StoredTime.now(clock);
        if (created) {
            reflection = new Reflection();
            reflection.rejectionId = rejectionId;
            reflection.ownerId = ownerId;
            reflection.reflectedOn = today.isBefore(rejection.rejectedOn) ? rejection.rejectedOn : today;
            reflection.createdAt = now;
        }
        reflection.answers = input.answers() == null ? new ArrayList<>() : new ArrayList<>(input.answers());
        reflection.lessons = input.lessons();
        reflection.improvementAreas = input.improvementAreas() == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        input.improvementAreas().stream().map(Enum::name).toList());
        reflection.lettingGo = Boolean.TRUE.equals(input.lettingGo());
        reflection.updatedAt = now;
        if (created) {
            entityManager.persist(reflection);
        }
        LocalDate reflectedOn = reflection.reflectedOn;
        TrackedStep reflect = rejection.step(PlanAction.REFLECT).orElse(null);
        boolean stepChanged = reflect != null && reflect.status != StepStatus.DONE;
        if (stepChanged) {
            StepRules.markDone(reflect, reflectedOn);
            metrics.planStepDone(PlanAction.REFLECT);
        }
        if (created || stepChanged) {
            rejections.progressChanged(rejection, true);
        }
        entityManager.flush();
        return new Saved<>(ReflectionView.of(reflection), reflection.version, created);
    }

    /** Removes the reflection; the record is no longer REFLECTED, though the REFLECT step stays done. */
    @Transactional
    public void delete(String ownerId, UUID rejectionId, String ifMatch) {
        Rejection rejection = rejections.lockOwned(ownerId, rejectionId);
        Reflection reflection = find(ownerId, rejectionId);
        EntityTags.requireMatch(ifMatch, reflection.version);
        entityManager.remove(reflection);
        rejections.progressChanged(rejection, false);
    }

    private Reflection find(String ownerId, UUID rejectionId) {
        Reflection reflection = entityManager.find(Reflection.class, rejectionId);
        if (reflection == null || !reflection.ownerId.equals(ownerId)) {
            throw ProblemException.notFound("No reflection is saved for rejection " + rejectionId + ".");
        }
        return reflection;
    }
}
