package dev.rebound.api.input;

import dev.rebound.api.model.ImprovementArea;
import dev.rebound.binding.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of PUT .../reflection. Rules across fields live in followup.FollowUpRules. */
public record ReflectionInput(
        @Size(max = 30, message = "must have at most 30 answers")
        List<@NotNull(message = "must not be null") @Valid Answer> answers,

        @TextLength(max = 5000) String lessons,

        @Size(max = 11, message = "must have at most 11 areas")
        List<@NotNull(message = "must not be null") ImprovementArea> improvementAreas,

        Boolean lettingGo) {

    /** The person's answer to one reflection prompt, stored under the prompt's stable key. */
    public record Answer(
            @NotNull(message = "is required") String promptKey,

            @NotNull(message = "is required") @TextLength(min = 1, max = 5000, allowBlank = false)
            String answer) {}
}
