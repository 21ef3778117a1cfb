package dev.rebound.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.RejectionIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A tool call's arguments, split the way the REST operation takes them: the record's id, the step's action and
 * options (the path and query) apart from the body, which the service checks exactly as it checks a REST body.
 */
final class ToolArguments {

    private final ObjectNode all;

    ToolArguments(ObjectNode all) {
        this.all = all;
    }

    /** The record id ({@code id}); a missing or malformed one is a 400 naming {@code id}. */
    UUID id() {
        return RejectionIds.parse(requiredText("id"));
    }

    /** A text argument that must be given. */
    String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return value;
    }

    /** A text argument, or {@code null} when it is absent or null. */
    String text(String name) {
        JsonNode value = all.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.invalid(name, "must be a string");
        }
        return value.asText();
    }

    /**
     * The {@code If-Match} that the {@code version} argument stands for (the version a person last read), or
     * {@code null} when it is absent. When {@code required} ({@code rebound.require-if-match}), a change without
     * one is refused with a 428, as on /v1.
     */
    String ifMatch(boolean required) {
        JsonNode value = all.get("version");
        if (value == null || value.isNull()) {
            if (required) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_REQUIRED,
                        "This service requires the version on every change: read what you change, then pass its"
                                + " version.",
                        List.of(new FieldError("version", "is required")));
            }
            return null;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 0) {
            throw ProblemException.invalid("version", "must be a whole number, the version last read");
        }
        return EntityTags.of(value.asLong());
    }

    /** The arguments that are the REST body: all but {@code controls}. */
    ObjectNode body(Set<String> controls) {
        ObjectNode body = all.deepCopy();
        body.remove(controls);
        return body;
    }

    /**
     * The arguments as query parameters, as a REST client would send them: text as it is, numbers and booleans
     * as written, a list as a repeated parameter. Objects have no query form and are a 400.
     */
    Map<String, List<String>> query(Set<String> names) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode value = all.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> values.add(scalar(name, item)));
            } else {
                values.add(scalar(name, value));
            }
            parameters.put(name, values);
        }
        return parameters;
    }

    /** Names that are neither in {@code known}: a tool takes no argument it would silently ignore. */
    void requireOnly(Set<String> known) {
        List<String> unknown = new ArrayList<>();
        all.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown.stream()
                    .map(name -> new FieldError(name, "is not an argument of this tool"))
                    .toList());
        }
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isValueNode()) {
            return value.asText();
        }
        throw ProblemException.invalid(name, "must be a single value");
    }
}
