package dev.rebound.followup;

/** The result of a PUT: what is stored now, and whether the PUT created it (201) or replaced it (200). */
public record SavedDocument<T>(T view, long version, boolean created) {}
