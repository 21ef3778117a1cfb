package dev.rebound.followup;

import dev.rebound.api.input.FeedbackInput;
import dev.rebound.api.input.ReflectionInput;
import dev.rebound.api.model.ImprovementArea;
import dev.rebound.binding.TextLengthValidator;
import dev.rebound.problem.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules on feedback and reflections that depend on the record or span fields. Plain Java. */
public final class FollowUpRules {

    private FollowUpRules() {}

    /** @param receivedOn the date after defaults: the body's, or today */
    public static List<FieldError> checkFeedback(
            FeedbackInput input, LocalDate receivedOn, LocalDate rejectedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (receivedOn.isBefore(rejectedOn)) {
            errors.add(new FieldError("receivedOn", "must not be before rejectedOn (" + rejectedOn + ")"));
        }
        if (receivedOn.isAfter(today)) {
            errors.add(new FieldError("receivedOn", "must not be in the future (today is " + today + ")"));
        }
        boolean noSummary = input.summary() == null || TextLengthValidator.isBlank(input.summary());
        boolean noPoints = input.points() == null || input.points().isEmpty();
        if (noSummary && noPoints) {
            errors.add(new FieldError("summary", "must be given when there are no points: feedback needs content"));
        }
        return errors;
    }

    /**
     * Answers must be to prompts this record is offered now, each at most once; areas must not repeat.
     *
     * @param offeredKeys the keys of the prompts the suggestion engine gives this record today
     */
    public static List<FieldError> checkReflection(ReflectionInput input, List<String> offeredKeys) {
        List<FieldError> errors = new ArrayList<>();
        if (input.answers() != null) {
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < input.answers().size(); i++) {
                ReflectionInput.Answer answer = input.answers().get(i);
                if (answer == null || answer.promptKey() == null) {
                    continue;
                }
                String field = "answers[" + i + "].promptKey";
                if (!offeredKeys.contains(answer.promptKey())) {
                    errors.add(new FieldError(
                            field,
                            "must be the key of a prompt offered for this rejection (" + String.join(", ", offeredKeys)
                                    + "), not '" + answer.promptKey() + "'"));
                } else if (!answered.add(answer.promptKey())) {
                    errors.add(new FieldError(field, "must not repeat a prompt answered earlier in the list"));
                }
            }
        }
        if (input.improvementAreas() != null) {
            Set<ImprovementArea> seen = new HashSet<>();
            for (int i = 0; i < input.improvementAreas().size(); i++) {
                ImprovementArea area = input.improvementAreas().get(i);
                if (area != null && !seen.add(area)) {
                    errors.add(new FieldError("improvementAreas[" + i + "]", "must not repeat " + area));
                }
            }
        }
        return errors;
    }
}
