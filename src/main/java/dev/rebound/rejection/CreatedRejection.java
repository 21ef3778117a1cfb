package dev.rebound.rejection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rebound.suggestion.Suggestions;

/** The answer to a create: the stored record, plus what to do next. */
public record CreatedRejection(@JsonUnwrapped RejectionView rejection, Suggestions suggestions) {}
