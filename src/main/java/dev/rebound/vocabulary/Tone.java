package dev.rebound.vocabulary;

/** How the messages sound: each tone changes what is said, not only the greeting. */
public enum Tone {
    /** Friendly and personal; the default. */
    WARM,
    /** Reserved and formal in register. */
    FORMAL,
    /** The essentials only, for a quick note. */
    BRIEF
}
