package dev.rebound.vocabulary;

/** How the person met the employer; {@code NONE} when they never spoke. */
public enum InterviewFormat {
    NONE,
    PHONE,
    VIDEO,
    IN_PERSON
}
