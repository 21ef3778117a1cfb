package dev.rebound.vocabulary;

/** The steps of the plan that follows a rejection, in their canonical order. */
public enum PlanAction {
    SEND_THANK_YOU,
    REQUEST_FEEDBACK,
    REFLECT,
    CONNECT,
    CHECK_NEW_OPENINGS,
    REAPPLY_WINDOW_OPENS
}
