package dev.rebound.problem;

import dev.rebound.http.RequestIds;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** An RFC 9457 problem details body, with the offending fields listed in {@code errors}. */
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, currentInstance(), List.copyOf(errors));
    }

    /**
     * The id of this occurrence: the request's id, as sent in {@code X-Request-Id} and logged with every line
     * of the request. Outside a request (which should not happen) a fresh one.
     */
    public static URI currentInstance() {
        return URI.create("urn:uuid:"
                + RequestIds.current().orElseGet(() -> UUID.randomUUID().toString()));
    }

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }
}
