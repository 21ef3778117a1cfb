package dev.rebound.vocabulary;

/** The furthest stage of the hiring process the person reached before the rejection. */
public enum StageReached {
    APPLIED,
    SCREENING,
    ASSESSMENT,
    INTERVIEW,
    FINAL_INTERVIEW,
    REFERENCE_CHECK,
    OFFER
}
