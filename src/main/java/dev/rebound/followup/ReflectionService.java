package dev.rebound.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.binding.BodyChecks;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.rejection.ReflectionLookup;
import dev.rebound.rejection.Rejection;
import dev.rebound.rejection.RejectionService;
import dev.rebound.rejection.StepRules;
import dev.rebound.rejection.TrackedStep;
import dev.rebound.suggestion.PromptKey;
import dev.rebound.suggestion.SuggestionRules;
import dev.rebound.vocabulary.PlanAction;
import dev.rebound.vocabulary.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The person's reflection on one of their rejections. Answers must be to prompts the record is offered now, as
 * GET .../suggestions lists them. Saving marks REFLECT done and makes the record REFLECTED; removing it takes
 * that status away, though the REFLECT step stays done.
 */
@ApplicationScoped
public class ReflectionService extends AttachedDocumentService<Reflection, ReflectionInput, ReflectionView>
        implements ReflectionLookup {

    private final BodyChecks bodyChecks;
    private final BusinessMetrics metrics;

    public ReflectionService(
            RejectionService rejections,
            EntityManager entityManager,
            BodyChecks bodyChecks,
            BusinessMetrics metrics,
            Clock clock) {
        super(Reflection.class, "reflection", rejections, entityManager, clock);
        this.bodyChecks = bodyChecks;
        this.metrics = metrics;
    }

    @Override
    protected Reflection newDocument() {
        return new Reflection();
    }

    @Override
    protected ReflectionInput check(ObjectNode body, Rejection rejection, LocalDate today) {
        List<String> offered = SuggestionRules.prompts(rejections.facts(rejection)).stream()
                .map(PromptKey::key)
                .toList();
        BodyChecks.Checked<ReflectionInput> checked = bodyChecks.check(body, ReflectionInput.class);
        return checked.add(FollowUpRules.checkReflection(checked.value(), offered))
                .orThrow();
    }

    @Override
    protected void fill(
            Reflection reflection, ReflectionInput input, Rejection rejection, LocalDate today, boolean created) {
        if (created) {
            // The owner's day of the first save; later saves keep it.
            reflection.reflectedOn = today.isBefore(rejection.rejectedOn) ? rejection.rejectedOn : today;
        }
        reflection.answers = input.answers() == null ? new ArrayList<>() : new ArrayList<>(input.answers());
        reflection.lessons = input.lessons();
        reflection.improvementAreas = input.improvementAreas() == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        input.improvementAreas().stream().map(Enum::name).toList());
        reflection.lettingGo = Boolean.TRUE.equals(input.lettingGo());
    }

    @Override
    protected void saved(Rejection rejection, Reflection reflection, boolean created) {
        TrackedStep reflect = rejection.step(PlanAction.REFLECT).orElse(null);
        boolean stepChanged = reflect != null && reflect.status != StepStatus.DONE;
        if (stepChanged) {
            StepRules.markDone(reflect, reflection.reflectedOn);
            metrics.planStepDone(PlanAction.REFLECT);
        }
        if (created || stepChanged) {
            rejections.progressChanged(rejection, true);
        }
    }

    @Override
    protected void removed(Rejection rejection) {
        rejections.progressChanged(rejection, false);
    }

    @Override
    public boolean reflectionSaved(UUID rejectionId) {
        return exists(rejectionId);
    }

    @Override
    protected ReflectionView view(Reflection reflection) {
        return ReflectionView.of(reflection);
    }
}
