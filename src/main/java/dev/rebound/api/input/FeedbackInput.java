package dev.rebound.api.input;

import dev.rebound.binding.TextLength;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The body of PUT .../feedback. Rules across fields live in followup.FollowUpRules. */
public record FeedbackInput(
        LocalDate receivedOn,
        @TextLength(max = 5000) String summary,

        @Size(max = 20, message = "must have at most 20 points")
        List<@NotNull(message = "must not be null") @TextLength(min = 1, max = 500, allowBlank = false) String>
                points) {}
