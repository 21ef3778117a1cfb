package dev.rebound.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.0 schemas turned into the JSON Schemas of the tools, without Quarkus. */
class ToolSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTRACT = """
            paths:
              /things:
                get:
                  parameters:
                    - $ref: '#/components/parameters/Size'
                    - name: colour
                      in: query
                      description: Only things of this colour.
                      schema: {$ref: '#/components/schemas/Colour'}
                    - name: X-Trace
                      in: header
                      schema: {type: string}
            components:
              parameters:
                Size:
                  name: size
                  in: query
                  description: Items per page.
                  schema: {type: integer, format: int32, minimum: 1, maximum: 100}
              schemas:
                Colour:
                  type: string
                  enum: [RED, BLUE]
                Thing:
                  type: object
                  additionalProperties: false
                  required: [name]
                  properties:
                    name: {type: string, example: Kettle, x-internal: true}
                    colour:
                      nullable: true
                      allOf: [{$ref: '#/components/schemas/Colour'}]
                    note: {type: string, nullable: true}
                    count: {type: integer, format: int32}
                    made: {type: string, format: date}
                Problem:
                  type: object
                  required: [status, detail]
                  properties:
                    status: {type: integer}
                    detail: {type: string}
                CreatedThing:
                  allOf:
                    - type: object
                      required: [receipt]
                      properties:
                        receipt: {type: string}
                    - $ref: '#/components/schemas/Thing'
            """;

    private final ToolSchemas schemas = new ToolSchemas(yaml(CONTRACT), JSON);
    private final DefaultJsonSchemaValidator validator = new DefaultJsonSchemaValidator(JSON);

    @Test
    void turnsNullableExamplesAndReferencesIntoJsonSchema() {
        JsonNode thing = JSON.valueToTree(schemas.component("Thing"));
        assertThat(thing.at("/properties/note/type")).isEqualTo(JSON.valueToTree(List.of("string", "null")));
        assertThat(thing.at("/properties/colour/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(thing.at("/properties/colour/anyOf/0/allOf/0/$ref").asText()).isEqualTo("#/$defs/Colour");
        assertThat(thing.at("/$defs/Colour/enum")).hasSize(2);
        assertThat(thing.at("/properties/name/examples/0").asText()).isEqualTo("Kettle");
        assertThat(thing.at("/properties/name").has("x-internal")).isFalse();
        assertThat(thing.at("/properties/count").has("format"))
                .as("int32 is OpenAPI's, not JSON Schema's")
                .isFalse();
        assertThat(thing.at("/properties/made/format").asText()).isEqualTo("date");
    }

    @Test
    void aSchemaMadeOfSeveralObjectsIsOneObject() {
        Map<String, Object> created = schemas.component("CreatedThing");
        assertThat(valid(created, Map.of("receipt", "r-1", "name", "Kettle", "colour", "RED")))
                .isTrue();
        assertThat(valid(created, Map.of("name", "Kettle")))
                .as("receipt is required")
                .isFalse();
        assertThat(valid(created, Map.of("receipt", "r-1", "name", "Kettle", "extra", 1)))
                .as("closed like Thing")
                .isFalse();
        assertThat(valid(created, java.util.Collections.singletonMap("receipt", null)))
                .isFalse();
    }

    @Test
    void aResultIsTheAnswerOrTheProblemOfAToolError() {
        Map<String, Object> result = schemas.resultOrProblem("Thing");
        assertThat(result).containsEntry("type", "object");
        assertThat(valid(result, Map.of("name", "Kettle"))).isTrue();
        assertThat(valid(result, Map.of("status", 404, "detail", "No thing with that id.")))
                .isTrue();
        assertThat(valid(result, Map.of("colour", "RED"))).as("neither").isFalse();
    }

    @Test
    void buildsToolInputsFromBodiesAndQueryParameters() {
        Map<String, Object> input = schemas.object()
                .propertiesOf("Thing")
                .queryOf("get", "/things", Set.of())
                .property("id", Map.of("type", "string"))
                .require("id")
                .toMap();
        JsonNode tree = JSON.valueToTree(input);
        assertThat(tree.path("type").asText()).isEqualTo("object");
        assertThat(tree.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(tree.path("properties").fieldNames())
                .toIterable()
                .containsExactly("name", "colour", "note", "count", "made", "size", "id")
                .doesNotContain("X-Trace");
        assertThat(tree.at("/properties/size/description").asText()).isEqualTo("Items per page.");
        assertThat(tree.at("/properties/colour/description").asText()).isEqualTo("Only things of this colour.");
        assertThat(tree.path("required")).extracting(JsonNode::asText).containsExactly("name", "id");
        assertThat(valid(input, Map.of("name", "Kettle", "id", "1", "size", 5))).isTrue();
        assertThat(valid(input, Map.of("name", "Kettle", "id", "1", "colour", "GREEN")))
                .isFalse();
        assertThat(valid(input, Map.of("name", "Kettle", "id", "1", "size", 500)))
                .isFalse();
    }

    @Test
    void everyToolSchemaOfTheRealContractIsValidJsonSchema() throws Exception {
        ToolSchemas real = new ToolSchemas(yaml(Files.readString(Path.of("openapi.yaml"))), JSON);
        for (String name : List.of(
                "CreatedRejection",
                "Suggestions",
                "RejectionPage",
                "Rejection",
                "TrackedStep",
                "Feedback",
                "Reflection",
                "ReminderPage",
                "Insights",
                "RejectionDraft")) {
            Map<String, Object> schema = real.resultOrProblem(name);
            assertThat(schema).containsEntry("type", "object");
            Map<String, Object> problem = Map.of(
                    "type", "https://rebound.dev/problems/not-found",
                    "title", "Not found",
                    "status", 404,
                    "detail", "No rejection with that id was found.",
                    "instance", "urn:uuid:0b9f3c9e-8a7d-4d0b-9a55-3c2f1e6d7a10",
                    "errors", List.of());
            assertThat(valid(schema, problem))
                    .as(name + " takes a tool error's problem")
                    .isTrue();
            assertThat(valid(schema, Map.of("unexpected", true))).as(name).isFalse();
        }
    }

    @Test
    void anUnknownSchemaIsAMistakeInTheToolNotTheCall() {
        assertThatThrownBy(() -> schemas.component("Nothing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schemas.object().queryOf("post", "/things", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private boolean valid(Map<String, Object> schema, Object value) {
        return validator.validate(schema, value).valid();
    }

    private static JsonNode yaml(String text) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
