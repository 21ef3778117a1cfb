package dev.rebound.labels;

/** One value a field or parameter takes, exactly as the API spells it, with what a person reads for it. */
public record Label(String value, String label) {}
