package dev.rebound.suggestion;

/** Whether to ask for feedback, and the one reason given for that advice. */
public enum FeedbackAdvice {
    GHOSTED(false),
    SCREENED_OUT_AUTOMATICALLY(false),
    SPOKE_WITH_THEM(true),
    HAS_CONTACT(true),
    NOBODY_TO_ASK(false);

    private final boolean recommended;

    FeedbackAdvice(boolean recommended) {
        this.recommended = recommended;
    }

    public boolean recommended() {
        return recommended;
    }

    public String fragmentId() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
