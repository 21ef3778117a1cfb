package dev.rebound.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rebound.api.model.CompanyHistory;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.Suggestions;

/** The answer to a create: the stored record, the owner's history with the company, and what to do next. */
public record CreatedRejection(@JsonUnwrapped Rejection rejection, CompanyHistory history, Suggestions suggestions) {}
