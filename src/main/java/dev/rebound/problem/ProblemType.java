package dev.rebound.problem;

import java.net.URI;
import java.util.Locale;

/** Every kind of problem the API reports, each with a stable type URI and a human title. */
public enum ProblemType {
    VALIDATION_FAILED(400, "Invalid request"),
    MALFORMED_BODY(400, "Malformed request body"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    REQUEST_IN_PROGRESS(409, "Request in progress"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    ANSWER_NOT_KEPT(409, "Answer not kept"),
    IDEMPOTENT_RESULT_DELETED(409, "Idempotent result deleted"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    HEADERS_TOO_LARGE(431, "Request header fields too large"),
    BAD_REQUEST(400, "Bad request"),
    INTERNAL_ERROR(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private static final String BASE = "https://rebound.dev/problems/";

    /** The constant's name in lower case with hyphens: VALIDATION_FAILED is .../problems/validation-failed. */
    private final URI uri = URI.create(BASE + name().toLowerCase(Locale.ROOT).replace('_', '-'));

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type for an HTTP status this enum has no dedicated entry for. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_BODY && type != VALIDATION_FAILED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
