package dev.rebound.labels;

import java.util.List;
import java.util.Map;

/**
 * The answer to {@code GET /v1/vocabularies}: for each field or parameter with a fixed set of values
 * (keyed by its name in the API), every value in the contract's order with its label in {@code locale}.
 */
public record Vocabularies(String locale, Map<String, List<Label>> vocabularies) {}
