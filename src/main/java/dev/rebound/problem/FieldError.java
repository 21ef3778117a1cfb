package dev.rebound.problem;

/**
 * One offending field or parameter of a rejected request.
 *
 * @param field JSON-pointer-like name, such as {@code contact.email}, {@code tags[2]} or a query parameter name
 * @param message what is wrong with it, in plain words
 */
public record FieldError(String field, String message) {}
