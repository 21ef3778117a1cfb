package dev.rebound.problem;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** An RFC 9457 problem details body, with the offending fields listed in {@code errors}. */
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, newInstance(), List.copyOf(errors));
    }

    /** A fresh id for one occurrence of a problem, quoted in logs and in the response. */
    public static URI newInstance() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }
}
