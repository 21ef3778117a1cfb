package dev.rebound.followup;

import dev.rebound.api.input.ReflectionInput;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.api.model.PlanAction;
import dev.rebound.api.model.Reflection;
import dev.rebound.api.model.ReflectionAnswer;
import dev.rebound.api.model.StepStatus;
import dev.rebound.problem.FieldError;
import dev.rebound.rejection.ReflectionLookup;
import dev.rebound.rejection.RejectionEntity;
import dev.rebound.rejection.StepRules;
import dev.rebound.rejection.TrackedStepEntity;
import dev.rebound.suggestion.PromptKey;
import dev.rebound.suggestion.RejectionFacts;
import dev.rebound.suggestion.SuggestionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The person's reflection on one of their rejections. Answers must be to prompts the record is offered now, as
 * GET .../suggestions lists them. Saving marks REFLECT done and makes the record REFLECTED; removing it takes
 * that status away, though the REFLECT step stays done.
 */
@ApplicationScoped
public class ReflectionService extends AttachedDocumentService<ReflectionEntity, ReflectionInput, Reflection>
        implements ReflectionLookup {

    public ReflectionService(AttachedDocumentTools tools) {
        super(ReflectionEntity.class, ReflectionInput.class, "reflection", "saved", tools);
    }

    @Override
    protected ReflectionEntity newDocument() {
        return new ReflectionEntity();
    }

    @Override
    protected Collection<FieldError> rules(ReflectionInput input, RejectionFacts record, LocalDate today) {
        List<String> offered =
                SuggestionRules.prompts(record).stream().map(PromptKey::key).toList();
        return FollowUpRules.checkReflection(input, offered);
    }

    @Override
    protected void fill(
            ReflectionEntity reflection,
            ReflectionInput input,
            RejectionEntity rejection,
            LocalDate today,
            boolean created) {
        if (created) {
            // The owner's day of the first save; later saves keep it.
            reflection.reflectedOn = today.isBefore(rejection.rejectedOn) ? rejection.rejectedOn : today;
        }
        reflection.answers = input.answers() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.answers().stream()
                        .map(answer -> new ReflectionAnswer()
                                .promptKey(answer.promptKey())
                                .answer(answer.answer()))
                        .toList());
        reflection.lessons = input.lessons();
        reflection.improvementAreas = input.improvementAreas() == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        input.improvementAreas().stream().map(Enum::name).toList());
        reflection.lettingGo = Boolean.TRUE.equals(input.lettingGo());
    }

    @Override
    protected void saved(RejectionEntity rejection, ReflectionEntity reflection, boolean created) {
        TrackedStepEntity reflect = rejection.step(PlanAction.REFLECT).orElse(null);
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
    protected void removed(RejectionEntity rejection) {
        rejections.progressChanged(rejection, false);
    }

    /**
     * Gives a reflection brought in from an export the day it was first saved there, which a save here would
     * have made today. Joins the caller's transaction; the caller has checked the day against the record.
     */
    @Transactional
    public void restoreReflectedOn(String ownerId, UUID rejectionId, LocalDate reflectedOn) {
        find(ownerId, rejectionId).reflectedOn = reflectedOn;
    }

    @Override
    public boolean reflectionSaved(UUID rejectionId) {
        return exists(rejectionId);
    }

    @Override
    protected Reflection view(ReflectionEntity reflection) {
        return new Reflection()
                .answers(List.copyOf(reflection.answers))
                .lessons(reflection.lessons)
                .improvementAreas(reflection.improvementAreas.stream()
                        .map(ImprovementArea::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .lettingGo(reflection.lettingGo)
                .reflectedOn(reflection.reflectedOn)
                .createdAt(reflection.createdAt)
                .updatedAt(reflection.updatedAt)
                .version(reflection.version);
    }
}
