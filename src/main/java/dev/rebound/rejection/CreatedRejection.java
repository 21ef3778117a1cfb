package dev.rebound.rejection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rebound.suggestion.Suggestions;

/** The answer to a create: the stored record, the owner's history with the company, and what to do next. */
public record CreatedRejection(
        @JsonUnwrapped RejectionView rejection, CompanyHistory history, Suggestions suggestions) {}
