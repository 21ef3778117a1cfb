package dev.rebound.api.input;

import dev.rebound.binding.TextLength;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The body of POST /v1/rejection-drafts as JSON: a pasted e-mail, with what the person knows beside it. */
public record DraftRequest(
        @NotNull(message = "is required") @TextLength(min = 1, max = 100_000, allowBlank = false)
        String text,

        LocalDate receivedOn,
        @TextLength(max = 1000) String subject,
        @TextLength(max = 1000) String from) {}
