package dev.rebound.api.model;

import java.util.LinkedHashMap;

/**
 * The contract's StageCounts, ReasonCounts and ChannelCounts: a count for each value of a vocabulary, in the
 * vocabulary's order. The generator cannot express a schema with both fixed and additional properties, so the
 * generated models use this instead; it is written by hand but lives in their package, which then needs no other.
 */
public class Counts extends LinkedHashMap<String, Long> {}
