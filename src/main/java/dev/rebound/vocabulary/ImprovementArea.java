package dev.rebound.vocabulary;

/** What the person wants to work on after a rejection; counted across records in insights. */
public enum ImprovementArea {
    PREPARATION,
    ANSWERS,
    BODY_LANGUAGE,
    COMMUNICATION,
    TECHNICAL_DEPTH,
    EXAMPLES_AND_STORIES,
    QUESTIONS_FOR_THEM,
    COMPENSATION,
    FIT,
    APPLICATION_MATERIALS,
    /** The honest conclusion that nothing more could have been done. */
    NOTHING_TO_CHANGE
}
