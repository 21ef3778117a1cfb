package dev.rebound.suggestion;

import dev.rebound.api.model.PromptCategory;

/**
 * Every reflection prompt Rebound can offer. The key is stable: clients store answers under it, so it
 * never depends on tone or locale, and a key is never reused for a different question.
 */
public enum PromptKey {
    RESEARCH("preparation.research", PromptCategory.PREPARATION),
    ASSESSMENT("preparation.assessment", PromptCategory.PREPARATION),
    STUMBLED("answers.stumbled", PromptCategory.ANSWERS),
    EXAMPLES("answers.examples", PromptCategory.ANSWERS),
    WRITTEN_NOTES("answers.written-notes", PromptCategory.ANSWERS),
    FELT_WELL("answers.felt-well", PromptCategory.ANSWERS),
    PRESENCE_IN_PERSON("body-language.in-person", PromptCategory.BODY_LANGUAGE),
    PRESENCE_ON_CAMERA("body-language.on-camera", PromptCategory.BODY_LANGUAGE),
    VOICE_AND_PACE("body-language.voice", PromptCategory.BODY_LANGUAGE),
    LOST_INTEREST("interviewer-signals.lost-interest", PromptCategory.INTERVIEWER_SIGNALS),
    ROLE_MATCH("fit.role-match", PromptCategory.FIT),
    COMPENSATION("fit.compensation", PromptCategory.FIT),
    HIRING_MANAGER("fit.hiring-manager", PromptCategory.FIT),
    OWN_MANAGER("fit.own-manager", PromptCategory.FIT),
    RESUME("application.resume", PromptCategory.APPLICATION_MATERIALS),
    POSTING_MATCH("application.posting-match", PromptCategory.APPLICATION_MATERIALS),
    LEARNING_GOAL("preparation.learning-goal", PromptCategory.PREPARATION),
    LET_GO("let-go.move-on", PromptCategory.LET_GO);

    private final String key;
    private final PromptCategory category;

    PromptKey(String key, PromptCategory category) {
        this.key = key;
        this.category = category;
    }

    public String key() {
        return key;
    }

    public PromptCategory category() {
        return category;
    }

    /** The id of this prompt's text in the prompt templates (Qute fragment ids allow no dots or dashes). */
    public String fragmentId() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
