package dev.rebound.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.HttpProblemFilters;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;

/**
 * Reads request bodies as JSON and binds them to API models, turning every parse or binding failure
 * into a 400 problem that names the offending fields in words a client can act on. Messages are our
 * own: Jackson's would leak class and setting names.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class JsonBodies {

    private final ObjectMapper mapper;

    /** Parses a body that must be a JSON object, within the size any operation takes. */
    public ObjectNode readObject(byte[] body) {
        if (body != null && body.length > HttpProblemFilters.MAX_BODY_BYTES) {
            throw HttpProblemFilters.tooLarge();
        }
        return parseObject(body);
    }

    /** Parses a body that must be a JSON object, of a size its operation has already limited. */
    public ObjectNode parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw malformed("A JSON request body is required.", "is required");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("The request body " + parseProblem(e) + location(e) + ".", "is not valid JSON");
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
     * Binds a JSON object to a record. Parts that cannot be bound (unknown names, wrong types, bad enum
     * values or dates) are all reported, member by member and element by element, and left {@code null}
     * in the value, so that the caller can add its own validation errors for the rest.
     */
    public <T extends Record> Binding<T> bind(ObjectNode tree, Class<T> type) {
        try {
            return new Binding<>(mapper.treeToValue(tree, type), List.of());
        } catch (JsonProcessingException e) {
            // Diagnose below: a second, member-by-member pass finds every offending field, not just the first.
        }
        ObjectNode bindable = tree.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        diagnose(bindable, mapper.constructType(type), "", errors);
        try {
            return new Binding<>(mapper.treeToValue(bindable, type), errors);
        } catch (JsonProcessingException e) {
            throw malformed("The request body could not be read as " + type.getSimpleName() + ".", "is invalid");
        }
    }

    /** Members that the record type (or a record nested in it) does not have, even those set to null. */
    public List<FieldError> unknownMembers(JsonNode body, Class<? extends Record> type) {
        List<FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            RecordComponent component = component(type, name);
            if (component == null) {
                errors.add(new FieldError(name, UNKNOWN_PROPERTY));
            } else if (component.getType().isRecord() && body.get(name).isObject()) {
                @SuppressWarnings("unchecked")
                Class<? extends Record> nested = (Class<? extends Record>) component.getType();
                unknownMembers(body.get(name), nested)
                        .forEach(error -> errors.add(new FieldError(name + "." + error.field(), error.message())));
            }
        });
        return errors;
    }

    /** Serialises an API model to a tree, for merge patches. */
    public ObjectNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    /**
     * Finds what cannot be bound inside {@code node}, recording errors under {@code path}, and returns
     * whether the node itself must be dropped. Bad object members are removed and bad array elements
     * nulled, so that indexes of the other elements still match what the client sent.
     */
    private boolean diagnose(JsonNode node, JavaType type, String path, List<FieldError> errors) {
        Class<?> raw = type.getRawClass();
        if (raw.isRecord() && node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                RecordComponent component = component(raw, name);
                String child = path.isEmpty() ? name : path + "." + name;
                if (component == null) {
                    errors.add(new FieldError(child, UNKNOWN_PROPERTY));
                    object.remove(name);
                } else if (diagnose(
                        object.get(name), mapper.constructType(component.getGenericType()), child, errors)) {
                    object.remove(name);
                }
            }
            return false;
        }
        if (type.isCollectionLikeType() && node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                if (diagnose(array.get(i), type.getContentType(), path + "[" + i + "]", errors)) {
                    array.set(i, array.nullNode());
                }
            }
            return false;
        }
        try {
            mapper.readerFor(type).readValue(node);
            return false;
        } catch (JsonMappingException e) {
            errors.add(new FieldError(join(path, path(e)), message(e)));
        } catch (StreamReadException e) {
            JsonStreamContext context =
                    e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
            errors.add(new FieldError(join(path, contextPath(context)), "has a value out of range"));
        } catch (IOException e) {
            errors.add(new FieldError(path, "is invalid"));
        }
        return true;
    }

    private static RecordComponent component(Class<?> recordType, String name) {
        return COMPONENTS.get(recordType).get(name);
    }

    /**
     * Each record type's components by name. {@link Class#getRecordComponents()} builds them anew on every
     * call, which made a fifth of a create's CPU time when it ran once per member of every body.
     */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> recordType) {
            return Arrays.stream(recordType.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, component -> component));
        }
    };

    /**
     * A bound value and the fields that could not be bound (they are {@code null} in the value).
     */
    public record Binding<T>(T value, List<FieldError> errors) {

        /** Whether this field, or a field that contains it, could not be bound. */
        public boolean failed(String field) {
            return errors.stream()
                    .map(FieldError::field)
                    .anyMatch(failed ->
                            field.equals(failed) || field.startsWith(failed + ".") || field.startsWith(failed + "["));
        }
    }

    static final String UNKNOWN_PROPERTY = "is not a known property";

    private static ProblemException malformed(String detail, String message) {
        return new ProblemException(ProblemType.MALFORMED_BODY, detail, List.of(new FieldError("body", message)));
    }

    private static String parseProblem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "is nested too deeply or holds a number or text that is too long";
        }
        if (e instanceof MismatchedInputException) {
            return "has content after the JSON value";
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return "repeats a member name within one object";
        }
        return "is not valid JSON";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String join(String path, String relativePath) {
        if (relativePath.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return relativePath;
        }
        return relativePath.startsWith("[") ? path + relativePath : path + "." + relativePath;
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
            return UNKNOWN_PROPERTY;
        }
        if (e instanceof UnsafeTextException) {
            return e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "is invalid";
    }

    private static String describe(Class<?> target) {
        if (target.isEnum()) {
            return "one of "
                    + Arrays.stream(target.getEnumConstants())
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
