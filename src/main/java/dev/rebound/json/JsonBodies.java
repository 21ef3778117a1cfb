package dev.rebound.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads request bodies as JSON and binds them to API models, turning every parse or binding failure
 * into a 400 problem that names the offending field in words a client can act on.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a body that must be a JSON object. */
    public JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw malformed("A JSON request body is required.", "is required");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("The request body is not valid JSON: " + e.getOriginalMessage() + location(e) + ".",
                    "is not valid JSON");
        } catch (IOException e) {
            throw malformed("The request body could not be read.", "could not be read");
        }
        if (tree == null || tree.isMissingNode()) {
            throw malformed("A JSON request body is required.", "is required");
        }
        if (!tree.isObject()) {
            throw malformed("The request body must be a JSON object.", "must be a JSON object");
        }
        return tree;
    }

    /** Binds a parsed tree to an API model. */
    public <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw ProblemException.invalid(List.of(new FieldError(path(e), message(e))));
        } catch (StreamReadException e) {
            JsonStreamContext context = e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
            throw ProblemException.invalid(List.of(new FieldError(contextPath(context), "has a value out of range")));
        } catch (JsonProcessingException e) {
            throw malformed("The request body could not be bound: " + e.getOriginalMessage() + ".", "is invalid");
        }
    }

    /** Serialises an API model to a tree, for merge patches. */
    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    private static ProblemException malformed(String detail, String message) {
        return new ProblemException(ProblemType.MALFORMED_BODY, detail, List.of(new FieldError("body", message)));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String contextPath(JsonStreamContext context) {
        String path = "";
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = c.getCurrentName() + (path.isEmpty() || path.startsWith("[") ? "" : ".") + path;
            } else if (c.inArray()) {
                path = "[" + Math.max(c.getCurrentIndex(), 0) + "]" + path;
            }
        }
        return path.isEmpty() ? "body" : path;
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known property";
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            if (target != null) {
                return "must be " + describe(target);
            }
        }
        if (e instanceof UnsafeTextException) {
            return e.getOriginalMessage();
        }
        return "is invalid";
    }

    private static String describe(Class<?> target) {
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number in range";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "a date in the form YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }
}
