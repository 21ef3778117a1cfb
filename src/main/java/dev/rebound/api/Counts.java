package dev.rebound.api;

import java.util.LinkedHashMap;

/**
 * The contract's StageCounts, ReasonCounts and ChannelCounts: a count for each value of a vocabulary, in the
 * vocabulary's order. The generator cannot express a schema with both fixed and additional properties, so the
 * generated models use this instead.
 */
public class Counts extends LinkedHashMap<String, Long> {}
