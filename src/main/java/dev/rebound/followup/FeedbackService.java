package dev.rebound.followup;

import dev.rebound.api.input.FeedbackInput;
import dev.rebound.api.model.Feedback;
import dev.rebound.api.model.PlanAction;
import dev.rebound.problem.FieldError;
import dev.rebound.rejection.RejectionEntity;
import dev.rebound.rejection.StepRules;
import dev.rebound.rejection.TrackedStepEntity;
import dev.rebound.suggestion.RejectionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The feedback an employer gave on one of the owner's rejections. Saving it marks REQUEST_FEEDBACK done (on the
 * day it arrived) if that step was still open: feedback that came back shows the request went out. Removing it
 * leaves the plan as it is, since the request did go out.
 */
@ApplicationScoped
public class FeedbackService extends AttachedDocumentService<FeedbackEntity, FeedbackInput, Feedback> {

    private final ReflectionService reflections;

    public FeedbackService(AttachedDocumentTools tools, ReflectionService reflections) {
        super(FeedbackEntity.class, FeedbackInput.class, "feedback", "recorded", tools);
        this.reflections = reflections;
    }

    @Override
    protected FeedbackEntity newDocument() {
        return new FeedbackEntity();
    }

    @Override
    protected Collection<FieldError> rules(FeedbackInput input, RejectionFacts record, LocalDate today) {
        return FollowUpRules.checkFeedback(input, receivedOn(input, today), record.rejectedOn(), today);
    }

    @Override
    protected void fill(
            FeedbackEntity feedback, FeedbackInput input, RejectionEntity rejection, LocalDate today, boolean created) {
        feedback.receivedOn = receivedOn(input, today);
        feedback.summary = input.summary();
        feedback.points = input.points() == null ? new ArrayList<>() : new ArrayList<>(input.points());
    }

    @Override
    protected void saved(RejectionEntity rejection, FeedbackEntity feedback, boolean created) {
        TrackedStepEntity request = rejection.step(PlanAction.REQUEST_FEEDBACK).orElse(null);
        if (request != null && !StepRules.settled(request.status)) {
            StepRules.markDoneIfOpen(request, feedback.receivedOn);
            rejections.progressChanged(rejection, reflections.reflectionSaved(rejection.id));
            metrics.planStepDone(PlanAction.REQUEST_FEEDBACK);
        }
    }

    @Override
    protected void removed(RejectionEntity rejection) {}

    @Override
    protected Feedback view(FeedbackEntity feedback) {
        return new Feedback()
                .receivedOn(feedback.receivedOn)
                .summary(feedback.summary)
                .points(List.copyOf(feedback.points))
                .createdAt(feedback.createdAt)
                .updatedAt(feedback.updatedAt)
                .version(feedback.version);
    }

    private static LocalDate receivedOn(FeedbackInput input, LocalDate today) {
        return input.receivedOn() == null ? today : input.receivedOn();
    }
}
