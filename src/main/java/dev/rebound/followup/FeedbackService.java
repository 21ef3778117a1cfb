package dev.rebound.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.db.StoredTime;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.Rejection;
import dev.rebound.rejection.RejectionService;
import dev.rebound.rejection.StepRules;
import dev.rebound.rejection.TrackedStep;
import dev.rebound.suggestion.PlanAction;
import dev.rebound.validation.BodyChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The feedback an employer gave on one of the owner's rejections. */
@ApplicationScoped
public class FeedbackService {

    private final RejectionService rejections;
    private final EntityManager entityManager;
    private final BodyChecks bodyChecks;
    private final BusinessMetrics metrics;
    private final Clock clock;

    public FeedbackService(
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

    public FeedbackView get(String ownerId, UUID rejectionId) {
        return FeedbackView.of(find(ownerId, rejectionId));
    }

    /** The feedback of each of these records that has some, by record id. */
    public Map<UUID, FeedbackView> forRecords(String ownerId, Collection<UUID> rejectionIds) {
        if (rejectionIds.isEmpty()) {
            return Map.of();
        }
        // Values, not entities: an export reads thousands, and none of them is changed.
        return entityManager
                .createQuery(
                        "SELECT f.rejectionId, f.receivedOn, f.summary, f.points, f.createdAt,"
                                + " f.updatedAt, f.version FROM Feedback f WHERE f.ownerId = :owner AND f.rejectionId IN :ids",
                        Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("ids", rejectionIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], FeedbackView::of));
    }

    /**
     * Creates or replaces the feedback, and marks REQUEST_FEEDBACK done (on the day it arrived) if that
     * step was still open: feedback that came back shows the request went out.
     */
    @Transactional
    public Saved<FeedbackView> put(
            String ownerId,
            LocalDate today,
            UUID rejectionId,
            ObjectNode body,
            EntityTags.Preconditions preconditions) {
        Rejection rejection = rejections.lockOwned(ownerId, rejectionId);
        Feedback feedback = entityManager.find(Feedback.class, rejectionId);
        preconditions.check(feedback == null ? null : feedback.version, "feedback");

        BodyChecks.Checked<FeedbackInput> checked = bodyChecks.check(body, FeedbackInput.class);
        FeedbackInput input = checked.value();
        LocalDate receivedOn = input.receivedOn() == null ? today : input.receivedOn();
        checked.add(FollowUpRules.checkFeedback(input, receivedOn, rejection.rejectedOn, today))
                .orThrow();

        boolean created = feedback == null;
        Instant now = StoredTime.now(clock);
        if (created) {
            feedback = new Feedback();
            feedback.rejectionId = rejectionId;
            feedback.ownerId = ownerId;
            feedback.createdAt = now;
        }
        feedback.receivedOn = receivedOn;
        feedback.summary = input.summary();
        feedback.points = input.points() == null ? new ArrayList<>() : new ArrayList<>(input.points());
        feedback.updatedAt = now;
        if (created) {
            entityManager.persist(feedback);
        }

        TrackedStep request = rejection.step(PlanAction.REQUEST_FEEDBACK).orElse(null);
        if (request != null && !request.status.settled()) {
            StepRules.markDoneIfOpen(request, receivedOn);
            rejections.progressChanged(rejection, hasReflection(rejectionId));
            metrics.planStepDone(PlanAction.REQUEST_FEEDBACK);
        }
        entityManager.flush();
        return new Saved<>(FeedbackView.of(feedback), feedback.version, created);
    }

    /** Removes the feedback; the plan is left as it is, since the request did go out. */
    @Transactional
    public void delete(String ownerId, UUID rejectionId, String ifMatch) {
        rejections.lockOwned(ownerId, rejectionId);
        Feedback feedback = find(ownerId, rejectionId);
        EntityTags.requireMatch(ifMatch, feedback.version);
        entityManager.remove(feedback);
    }

    private Feedback find(String ownerId, UUID rejectionId) {
        Feedback feedback = entityManager.find(Feedback.class, rejectionId);
        if (feedback == null || !feedback.ownerId.equals(ownerId)) {
            throw ProblemException.notFound("No feedback is recorded for rejection " + rejectionId + ".");
        }
        return feedback;
    }

    private boolean hasReflection(UUID rejectionId) {
        return entityManager.find(Reflection.class, rejectionId) != null;
    }
}
