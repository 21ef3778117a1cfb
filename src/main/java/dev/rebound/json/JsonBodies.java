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
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
    public ObjectNode readObject(byte[] body) {
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
        return (ObjectNode) tree;
    }

    /**
     * Binds a JSON object to a record. Fields that cannot be bound (unknown names, wrong types, bad enum
     * values or dates) are reported all together and left {@code null} in the value, so that the caller
     * can add its own validation errors for the remaining fields.
     */
    public <T extends Record> Binding<T> bind(ObjectNode tree, Class<T> type) {
        try {
            return new Binding<>(mapper.treeToValue(tree, type), List.of());
        } catch (JsonProcessingException e) {
            // Fall through to a field-by-field pass that finds every offending field, not just the first.
        }
        Map<String, JavaType> components = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), mapper.constructType(component.getGenericType()));
        }
        ObjectNode bindable = tree.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        tree.fieldNames().forEachRemaining(name -> {
            JavaType componentType = components.get(name);
            if (componentType == null) {
                errors.add(new FieldError(name, "is not a known property"));
                bindable.remove(name);
                return;
            }
            try {
                mapper.readerFor(componentType).readValue(tree.get(name));
            } catch (JsonMappingException e) {
                errors.add(new FieldError(join(name, path(e)), message(e)));
                bindable.remove(name);
            } catch (StreamReadException e) {
                JsonStreamContext context = e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
                errors.add(new FieldError(join(name, contextPath(context)), "has a value out of range"));
                bindable.remove(name);
            } catch (IOException e) {
                errors.add(new FieldError(name, "is invalid"));
                bindable.remove(name);
            }
        });
        try {
            return new Binding<>(mapper.treeToValue(bindable, type), errors);
        } catch (JsonProcessingException e) {
            throw malformed("The request body could not be bound to " + type.getSimpleName() + ".", "is invalid");
        }
    }

    /**
     * A bound value and the fields that could not be bound (they are {@code null} in the value).
     */
    public record Binding<T>(T value, List<FieldError> errors) {

        /** Whether a field, or a field inside it, could not be bound. */
        public boolean failed(String field) {
            return errors.stream().anyMatch(error -> error.field().equals(field)
                    || error.field().startsWith(field + ".")
                    || error.field().startsWith(field + "[")
                    || field.startsWith(error.field() + ".")
                    || field.startsWith(error.field() + "["));
        }
    }

    private static String join(String name, String relativePath) {
        if (relativePath.isEmpty()) {
            return name;
        }
        return relativePath.startsWith("[") ? name + relativePath : name + "." + relativePath;
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
        return path.toString();
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
        return path;
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
