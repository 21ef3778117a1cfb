package dev.rebound.suggestion;

import dev.rebound.api.model.PromptCategory;
import dev.rebound.api.model.Tone;
import java.time.LocalDate;
import java.util.List;

/** What to do next after a rejection: three messages, reflection prompts and a dated plan. */
public record Suggestions(
        String locale,
        Tone tone,
        ThankYouNote thankYouNote,
        FeedbackRequest feedbackRequest,
        ConnectionNote connectionNote,
        List<ReflectionPrompt> reflectionPrompts,
        List<PlanStep> plan) {

    /** A note to send the employer; for a ghosted application, a note that closes the loop. */
    public record ThankYouNote(String to, String subject, String body, LocalDate sendBy, String mailto) {}

    /** A request for feedback framed as self-improvement, with advice on whether to send it. */
    public record FeedbackRequest(
            boolean recommended, String rationale, String subject, String body, LocalDate sendOn, String mailto) {}

    /** A short invitation to stay in touch, within LinkedIn's 200-character limit. */
    public record ConnectionNote(String body) {}

    public record ReflectionPrompt(String key, PromptCategory category, String question) {}
}
