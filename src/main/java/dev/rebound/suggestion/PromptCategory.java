package dev.rebound.suggestion;

/** What a reflection prompt asks the person to look at. */
public enum PromptCategory {
    PREPARATION,
    ANSWERS,
    BODY_LANGUAGE,
    INTERVIEWER_SIGNALS,
    FIT,
    APPLICATION_MATERIALS,
    LET_GO
}
