package dev.rebound.followup;

import dev.rebound.binding.TextLength;
import jakarta.validation.constraints.NotNull;

/** The person's answer to one reflection prompt, stored under the prompt's stable key. */
public record ReflectionAnswer(
        @NotNull(message = "is required") String promptKey,

        @NotNull(message = "is required") @TextLength(min = 1, max = 5000, allowBlank = false)
        String answer) {}
