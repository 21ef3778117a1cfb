package dev.rebound.followup;

/**
 * A document as stored now: its view, its version (the ETag), and whether the request that answers with it created it
 * (a PUT answers 201) or found or replaced it.
 */
public record StoredDocument<T>(T view, long version, boolean created) {}
