package dev.rebound.vocabulary;

/** How the rejection reached the person; {@code NO_RESPONSE} means they were ghosted. */
public enum NotifiedVia {
    EMAIL,
    PHONE,
    VIDEO_CALL,
    IN_PERSON,
    ATS_PORTAL,
    LINKEDIN,
    TEXT_MESSAGE,
    NO_RESPONSE
}
