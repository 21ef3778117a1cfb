package dev.rebound.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON Schemas for the MCP tools, taken from the schemas and parameters of {@code openapi.yaml}, so that a tool
 * takes and gives exactly what the REST operation does. OpenAPI 3.0 schemas are nearly JSON Schema; this turns
 * {@code nullable} into a {@code "null"} type, {@code example} into {@code examples}, component references into
 * {@code $defs}, and leaves out OpenAPI's own keywords and number formats. Plain Java: unit tests drive it.
 */
final class ToolSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    /**
     * Formats left out: OpenAPI's number and byte formats, which JSON Schema validators do not know, and email and
     * uri, which the service takes in international forms ({@code maría@firma.es}, {@code https://jobs.de/köln})
     * that a validator's ASCII-only check would refuse in an answer.
     */
    private static final Set<String> FORMATS_LEFT_OUT =
            Set.of("int32", "int64", "float", "double", "byte", "binary", "email", "uri");

    private final JsonNode components;
    private final JsonNode parameters;
    private final JsonNode paths;
    private final ObjectMapper mapper;

    /** @param contract the OpenAPI document as a tree */
    ToolSchemas(JsonNode contract, ObjectMapper mapper) {
        this.components = contract.path("components").path("schemas");
        this.parameters = contract.path("components").path("parameters");
        this.paths = contract.path("paths");
        this.mapper = mapper;
    }

    /** An object schema: start with {@link #object()}, add properties, then {@link Builder#toMap()}. */
    Builder object() {
        return new Builder();
    }

    /** The component schema {@code name} as a tool's object schema, with the components it uses. */
    Map<String, Object> component(String name) {
        Builder builder = new Builder();
        // A tool's result is an object; where the schema is also used as a nullable field, that does not apply.
        ObjectNode schema = componentNode(name).deepCopy();
        schema.remove("nullable");
        builder.root.setAll((ObjectNode) builder.convert(schema));
        return builder.toMap();
    }

    /**
     * A tool's output: the component schema {@code name}, or the problem that a result with {@code isError}
     * carries. Clients check an error's structured content against the output schema too (the TypeScript SDK
     * does), so the schema says honestly that a result is one or the other.
     */
    Map<String, Object> resultOrProblem(String name) {
        Builder builder = new Builder();
        builder.root.put("type", "object");
        builder.root.put(
                "description",
                "The answer (" + name + "), or, when the result's isError is true, the problem (RFC 9457) that"
                        + " says what to correct.");
        ArrayNode anyOf = builder.root.putArray("anyOf");
        anyOf.add(builder.convert(JSON.objectNode().put("$ref", COMPONENT_PREFIX + name)));
        anyOf.add(builder.convert(JSON.objectNode().put("$ref", COMPONENT_PREFIX + "Problem")));
        return builder.toMap();
    }

    private JsonNode componentNode(String name) {
        JsonNode schema = components.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("openapi.yaml has no schema " + name);
        }
        return schema;
    }

    /** Collects properties and the component schemas they refer to. */
    final class Builder {

        private final ObjectNode root = JSON.objectNode();
        private final Map<String, JsonNode> defs = new TreeMap<>();
        private final Deque<String> pending = new ArrayDeque<>();
        private final Map<String, JsonNode> properties = new LinkedHashMap<>();
        private final ArrayNode required = JSON.arrayNode();
        private String description;

        private Builder() {}

        /** Every property of the component schema {@code name}, and its required ones. */
        Builder propertiesOf(String name) {
            JsonNode schema = componentNode(name);
            schema.path("properties").fields().forEachRemaining(field -> put(field.getKey(), field.getValue()));
            schema.path("required").forEach(required::add);
            return this;
        }

        /** The schema of the reusable parameter {@code parameter}, as property {@code name}. */
        Builder parameter(String name, String parameter, String description) {
            JsonNode found = parameters.get(parameter);
            if (found == null) {
                throw new IllegalArgumentException("openapi.yaml has no parameter " + parameter);
            }
            ObjectNode schema = found.path("schema").deepCopy();
            schema.put("description", description);
            return put(name, schema);
        }

        /**
         * The query parameters of the operation {@code method path}, each as a property with its schema and
         * description, but for {@code except}.
         */
        Builder queryOf(String method, String path, Set<String> except) {
            JsonNode operation = paths.path(path).path(method);
            if (operation.isMissingNode()) {
                throw new IllegalArgumentException("openapi.yaml has no operation " + method + " " + path);
            }
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode found = parameter.has("$ref")
                        ? parameters.path(parameter.get("$ref").asText().substring("#/components/parameters/".length()))
                        : parameter;
                String name = found.path("name").asText();
                if ("query".equals(found.path("in").asText()) && !except.contains(name)) {
                    ObjectNode schema = found.path("schema").deepCopy();
                    if (schema.has("$ref")) {
                        schema = JSON.objectNode().set("allOf", JSON.arrayNode().add(schema));
                    }
                    if (found.has("description")) {
                        schema.set("description", found.get("description"));
                    }
                    put(name, schema);
                }
            }
            return this;
        }

        /** A property given by its own schema (OpenAPI form: {@code $ref}s and {@code nullable} are turned). */
        Builder property(String name, Map<String, Object> schema) {
            return put(name, mapper.valueToTree(schema));
        }

        /** The component schema {@code component} as property {@code name}, with this description. */
        Builder reference(String name, String component, String description) {
            return property(
                    name,
                    Map.of("allOf", List.of(Map.of("$ref", COMPONENT_PREFIX + component)), "description", description));
        }

        Builder require(String... names) {
            for (String name : names) {
                required.add(name);
            }
            return this;
        }

        Builder description(String text) {
            this.description = text;
            return this;
        }

        private Builder put(String name, JsonNode openApiSchema) {
            properties.put(name, convert(openApiSchema));
            return this;
        }

        /** The finished schema, as the SDK takes it. */
        Map<String, Object> toMap() {
            if (!properties.isEmpty() || !root.has("type")) {
                root.put("type", "object");
                ObjectNode props = root.putObject("properties");
                properties.forEach(props::set);
                if (!required.isEmpty()) {
                    root.set("required", required);
                }
                root.put("additionalProperties", false);
            }
            if (description != null) {
                root.put("description", description);
            }
            while (!pending.isEmpty()) {
                String name = pending.pop();
                if (!defs.containsKey(name)) {
                    defs.put(name, JSON.nullNode()); // taken before converting: schemas may refer to themselves
                    defs.put(name, convert(componentNode(name)));
                }
            }
            if (!defs.isEmpty()) {
                ObjectNode $defs = root.putObject("$defs");
                defs.forEach($defs::set);
            }
            return mapper.convertValue(root, new TypeReference<>() {});
        }

        /** One OpenAPI 3.0 schema as JSON Schema 2020-12. */
        private JsonNode convert(JsonNode schema) {
            if (!schema.isObject()) {
                return schema;
            }
            JsonNode ref = schema.get("$ref");
            if (ref != null) {
                String name = ref.asText().substring(COMPONENT_PREFIX.length());
                pending.push(name);
                return JSON.objectNode().put("$ref", "#/$defs/" + name);
            }
            if (schema.path("allOf").size() > 1) {
                return convert(merged(schema));
            }
            ObjectNode converted = JSON.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                switch (key) {
                    case "nullable", "xml", "externalDocs", "discriminator" -> {
                        // OpenAPI's own keywords: nullable is turned below, the rest says nothing to a validator.
                    }
                    case "example" -> converted.set("examples", JSON.arrayNode().add(value));
                    case "format" -> {
                        if (!FORMATS_LEFT_OUT.contains(value.asText())) {
                            converted.set(key, value);
                        }
                    }
                    case "properties" -> {
                        ObjectNode props = converted.putObject(key);
                        value.fields().forEachRemaining(p -> props.set(p.getKey(), convert(p.getValue())));
                    }
                    case "items", "additionalProperties", "not" -> converted.set(key, convert(value));
                    case "allOf", "anyOf", "oneOf" -> {
                        ArrayNode list = converted.putArray(key);
                        value.forEach(item -> list.add(convert(item)));
                    }
                    default -> {
                        if (!key.startsWith("x-")) {
                            converted.set(key, value);
                        }
                    }
                }
            }
            if (schema.path("nullable").asBoolean(false)) {
                return nullable(converted);
            }
            return converted;
        }

        /**
         * An object made of several ({@code allOf}, as CreatedRejection extends Rejection) as one object: JSON Schema
         * would hold each part's {@code additionalProperties: false} against the other parts' properties.
         */
        private JsonNode merged(JsonNode schema) {
            schema.fieldNames().forEachRemaining(key -> {
                if (!key.equals("allOf") && !key.equals("description")) {
                    // Merging would lose it: a contract that needs this must be taught here first.
                    throw new IllegalArgumentException(
                            "An allOf of several schemas beside '" + key + "' is not supported");
                }
            });
            ObjectNode merged = JSON.objectNode().put("type", "object");
            ObjectNode properties = JSON.objectNode();
            ArrayNode required = JSON.arrayNode();
            boolean closed = false;
            for (JsonNode part : schema.get("allOf")) {
                JsonNode whole = part.has("$ref")
                        ? componentNode(part.get("$ref").asText().substring(COMPONENT_PREFIX.length()))
                        : part;
                if (whole.has("allOf") && whole.path("allOf").size() > 1) {
                    whole = merged(whole);
                }
                whole.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
                whole.path("required").forEach(required::add);
                closed |= whole.path("additionalProperties").isBoolean()
                        && !whole.get("additionalProperties").asBoolean();
            }
            if (schema.has("description")) {
                merged.set("description", schema.get("description"));
            }
            merged.set("properties", properties);
            merged.set("required", required);
            if (closed) {
                merged.put("additionalProperties", false);
            }
            return merged;
        }

        /**
         * {@code nullable: true}: a type list with "null"; for a composed schema (whose parts would refuse null),
         * "this or null".
         */
        private JsonNode nullable(ObjectNode converted) {
            JsonNode type = converted.get("type");
            boolean composed = converted.has("allOf") || converted.has("anyOf") || converted.has("oneOf");
            if (type != null && type.isTextual() && !composed) {
                converted.set("type", JSON.arrayNode().add(type.asText()).add("null"));
                return converted;
            }
            ObjectNode either = JSON.objectNode();
            JsonNode text = converted.remove("description");
            if (text != null) {
                either.set("description", text);
            }
            either.putArray("anyOf").add(converted).add(JSON.objectNode().put("type", "null"));
            return either;
        }
    }
}
