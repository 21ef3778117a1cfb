package dev.rebound.mcp;

import static dev.rebound.mcp.McpClients.call;
import static dev.rebound.mcp.McpClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rebound.support.Samples;
import dev.rebound.support.TestTokens;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MCP server through the official SDK's client, over HTTP: the tools, resources and prompt, and owner rules. */
@QuarkusTest
class McpServerTest {

    @TestHTTPResource("/")
    URL base;

    private final String owner = TestTokens.newOwner();
    private McpSyncClient client;

    @BeforeEach
    void connect() {
        client = McpClients.as(base, owner);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void initializesAndListsEveryToolWithSchemasAndHints() {
        McpSchema.InitializeResult init = client.getCurrentInitializationResult();
        assertThat(init.serverInfo().name()).isEqualTo("rebound");
        assertThat(init.protocolVersion()).isIn(ReboundMcpServer.PROTOCOL_VERSIONS);
        assertThat(init.capabilities().tools()).isNotNull();
        assertThat(init.instructions()).contains("record_rejection");

        Map<String, McpSchema.Tool> tools =
                client.listTools().tools().stream().collect(Collectors.toMap(McpSchema.Tool::name, tool -> tool));
        assertThat(tools)
                .containsKeys(
                        "record_rejection",
                        "preview_suggestions",
                        "get_suggestions",
                        "list_rejections",
                        "search_rejections",
                        "get_rejection",
                        "update_rejection",
                        "delete_rejection",
                        "update_plan_step",
                        "record_feedback",
                        "save_reflection",
                        "list_reminders",
                        "get_insights",
                        "draft_from_email");
        for (String read : List.of(
                "preview_suggestions",
                "get_suggestions",
                "list_rejections",
                "search_rejections",
                "get_rejection",
                "list_reminders",
                "get_insights",
                "draft_from_email")) {
            assertThat(tools.get(read).annotations().readOnlyHint()).as(read).isTrue();
        }
        assertThat(tools.get("record_rejection").annotations().readOnlyHint()).isFalse();
        assertThat(tools.get("record_rejection").annotations().destructiveHint())
                .isFalse();
        assertThat(tools.get("delete_rejection").annotations().destructiveHint())
                .isTrue();
        assertThat(tools.get("save_reflection").annotations().destructiveHint())
                .as("it replaces the reflection saved before")
                .isTrue();
        assertThat(tools.get("get_rejection").annotations().destructiveHint()).isFalse();

        McpSchema.Tool record = tools.get("record_rejection");
        assertThat(properties(record.inputSchema()))
                .contains("company", "role", "stageReached", "tone", "locale", "idempotencyKey");
        assertThat(required(record.inputSchema()))
                .containsExactlyInAnyOrder("company", "role", "stageReached", "notifiedVia", "rejectedOn");
        assertThat(record.outputSchema()).containsEntry("type", "object").containsKey("$defs");
        assertThat(required(tools.get("search_rejections").inputSchema())).containsExactly("q");
        assertThat(properties(tools.get("list_rejections").inputSchema()))
                .contains("page", "size", "stageReached", "company", "tag", "status", "sort")
                .doesNotContain("q");
        assertThat(properties(tools.get("update_plan_step").inputSchema()))
                .contains("id", "action", "status", "doneOn", "snoozedUntil", "version");
    }

    @Test
    void recordsARejectionAndReadsItBackThroughEveryReadTool() {
        Map<String, Object> arguments = Samples.full();
        // International forms the service takes; the output schemas must not refuse them in the answer.
        arguments.put("contact", Map.of("name", "María José Peña", "email", "maría@nordlicht-análisis.example"));
        arguments.put("jobPostingUrl", "https://careers.nordlicht.example/köln/4711");
        arguments.put("tone", "FORMAL");
        arguments.put("locale", "es");
        arguments.put("idempotencyKey", "mcp-" + owner);
        McpSchema.CallToolResult created = call(client, "record_rejection", arguments);
        assertThat(created.isError()).as(created.content().toString()).isNotEqualTo(Boolean.TRUE);
        JsonNode answer = json(created);
        String id = answer.path("id").asText();
        assertThat(answer.path("company").asText()).isEqualTo("Nordlicht Analytics");
        assertThat(answer.path("suggestions").path("locale").asText()).isEqualTo("es");
        assertThat(answer.path("suggestions").path("tone").asText()).isEqualTo("FORMAL");
        assertThat(((McpSchema.TextContent) created.content().get(0)).text()).contains(id);

        // The same key and arguments: the first answer again, not a second record.
        JsonNode again = json(call(client, "record_rejection", arguments));
        assertThat(again.path("id").asText()).isEqualTo(id);

        JsonNode record = json(call(client, "get_rejection", Map.of("id", id)));
        assertThat(record.path("role").asText()).isEqualTo("Senior Data Engineer");
        assertThat(record.path("plan").isArray()).isTrue();

        JsonNode page = json(call(client, "list_rejections", Map.of("stageReached", "FINAL_INTERVIEW", "size", 5)));
        assertThat(page.path("totalItems").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(id);

        JsonNode found = json(call(client, "search_rejections", Map.of("q", "Spark")));
        assertThat(found.path("totalItems").asInt()).isEqualTo(1);
        JsonNode notFound = json(call(client, "search_rejections", Map.of("q", "Kubernetes")));
        assertThat(notFound.path("totalItems").asInt()).isZero();

        JsonNode suggestions = json(call(client, "get_suggestions", Map.of("id", id, "tone", "BRIEF", "locale", "de")));
        assertThat(suggestions.path("locale").asText()).isEqualTo("de");
        assertThat(suggestions.path("thankYouNote").path("body").asText()).contains("Nordlicht Analytics");

        JsonNode preview = json(call(client, "preview_suggestions", Samples.minimal()));
        assertThat(preview.path("locale").asText()).isEqualTo("en");
        assertThat(json(call(client, "list_rejections", Map.of()))
                        .path("totalItems")
                        .asInt())
                .as("a preview stores nothing")
                .isEqualTo(1);
    }

    @Test
    void tracksWhatThePersonDidWithTheFollowThroughTools() {
        String id = recorded(Samples.full());

        JsonNode step =
                json(call(client, "update_plan_step", Map.of("id", id, "action", "SEND_THANK_YOU", "status", "DONE")));
        assertThat(step.path("action").asText()).isEqualTo("SEND_THANK_YOU");
        assertThat(step.path("status").asText()).isEqualTo("DONE");

        JsonNode feedback = json(
                call(client, "record_feedback", Map.of("id", id, "summary", "They wanted more streaming experience.")));
        assertThat(feedback.path("summary").asText()).isEqualTo("They wanted more streaming experience.");

        JsonNode reflection = json(call(
                client,
                "save_reflection",
                Map.of(
                        "id",
                        id,
                        "lessons",
                        "Practise system design out loud.",
                        "improvementAreas",
                        List.of("TECHNICAL_DEPTH"))));
        assertThat(reflection.path("lessons").asText()).isEqualTo("Practise system design out loud.");

        JsonNode reminders = json(call(
                client,
                "list_reminders",
                Map.of("dueBefore", Samples.todayUtc().plusDays(60).toString())));
        assertThat(reminders.path("items").isArray()).isTrue();
        assertThat(reminders.path("items").findValuesAsText("action")).doesNotContain("SEND_THANK_YOU");

        JsonNode insights = json(call(client, "get_insights", Map.of("locale", "fr")));
        assertThat(insights.path("totalRejections").asInt()).isEqualTo(1);
        assertThat(insights.path("observations").isArray()).isTrue();

        JsonNode changed = json(
                call(client, "update_rejection", Map.of("id", id, "notes", "Ask about the data platform next time.")));
        assertThat(changed.path("notes").asText()).isEqualTo("Ask about the data platform next time.");

        McpSchema.CallToolResult deleted = call(
                client,
                "delete_rejection",
                Map.of("id", id, "version", changed.path("version").asLong()));
        assertThat(deleted.isError()).isNotEqualTo(Boolean.TRUE);
        McpSchema.CallToolResult gone = call(client, "get_rejection", Map.of("id", id));
        assertThat(gone.isError()).isTrue();
        assertThat(json(gone).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void draftsARecordFromAPastedEmailAndStoresNothing() {
        JsonNode draft = json(call(
                client,
                "draft_from_email",
                Map.of(
                        "text",
                        "Dear Sam,\n\nThank you for interviewing for the Backend Engineer position at Acme Robotics. "
                                + "After careful consideration, we have decided to move forward with other candidates."
                                + "\n\nBest regards,\nThe Acme Robotics Recruiting Team")));
        assertThat(draft.path("isRejection").asBoolean()).isTrue();
        assertThat(draft.path("draft").path("company").asText()).isEqualTo("Acme Robotics");
        assertThat(json(call(client, "list_rejections", Map.of()))
                        .path("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    void mistakesAreToolErrorsCarryingTheSameProblemAsRest() {
        Map<String, Object> noCompany = Samples.minimal();
        noCompany.remove("company");
        noCompany.put("stageReached", "HIRED");
        McpSchema.CallToolResult invalid = call(client, "record_rejection", noCompany);
        assertThat(invalid.isError()).isTrue();
        JsonNode problem = json(invalid);
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).startsWith("urn:uuid:");
        assertThat(problem.path("errors").findValuesAsText("field")).contains("company", "stageReached");

        JsonNode badLocale = json(call(client, "get_insights", Map.of("locale", "it", "from", "yesterday")));
        assertThat(badLocale.path("errors").findValuesAsText("field")).contains("locale", "from");

        JsonNode unknownId = json(call(client, "get_rejection", Map.of("id", "0b9f3c9e-8a7d-4d0b-9a55-3c2f1e6d7a10")));
        assertThat(unknownId.path("status").asInt()).isEqualTo(404);
        JsonNode malformedId = json(call(client, "get_rejection", Map.of("id", "42")));
        assertThat(malformedId.path("errors").get(0).path("field").asText()).isEqualTo("id");
        JsonNode unknownArgument = json(call(client, "list_rejections", Map.of("colour", "red")));
        assertThat(unknownArgument.path("errors").get(0).path("field").asText()).isEqualTo("colour");
        JsonNode badKey =
                json(call(client, "record_rejection", Samples.with(Samples.minimal(), "idempotencyKey", "ünïcode")));
        assertThat(badKey.path("errors").get(0).path("field").asText()).isEqualTo("idempotencyKey");

        assertThatThrownBy(() -> call(client, "no_such_tool", Map.of())).isInstanceOf(McpError.class);
    }

    @Test
    void oneOwnersAgentNeverSeesAnothersRecords() {
        String id = recorded(Samples.minimal());
        try (McpSyncClient other = McpClients.as(base, TestTokens.newOwner())) {
            assertThat(json(call(other, "list_rejections", Map.of()))
                            .path("totalItems")
                            .asInt())
                    .isZero();
            assertThat(json(call(other, "get_rejection", Map.of("id", id)))
                            .path("status")
                            .asInt())
                    .isEqualTo(404);
            McpSchema.CallToolResult step =
                    call(other, "update_plan_step", Map.of("id", id, "action", "SEND_THANK_YOU", "status", "DONE"));
            assertThat(json(step).path("status").asInt()).isEqualTo(404);
            assertThat(json(call(other, "delete_rejection", Map.of("id", id)))
                            .path("status")
                            .asInt())
                    .isEqualTo(404);
            assertThatThrownBy(
                            () -> other.readResource(new McpSchema.ReadResourceRequest("rebound://rejections/" + id)))
                    .isInstanceOf(McpError.class);
        }
        assertThat(json(call(client, "get_rejection", Map.of("id", id)))
                        .path("id")
                        .asText())
                .isEqualTo(id);
    }

    @Test
    void servesRecordsAndVocabulariesAsResourcesAndTheBounceBackPrompt() {
        String id = recorded(Samples.minimal());
        assertThat(client.listResourceTemplates().resourceTemplates())
                .extracting(McpSchema.ResourceTemplate::uriTemplate)
                .containsExactly("rebound://rejections/{id}");
        McpSchema.ReadResourceResult read =
                client.readResource(new McpSchema.ReadResourceRequest("rebound://rejections/" + id));
        McpSchema.TextResourceContents contents =
                (McpSchema.TextResourceContents) read.contents().get(0);
        assertThat(contents.mimeType()).isEqualTo("application/json");
        assertThat(contents.text()).contains(id);

        Set<String> vocabularies = client.listResources().resources().stream()
                .map(McpSchema.Resource::uri)
                .collect(Collectors.toSet());
        assertThat(vocabularies).contains("rebound://vocabularies/en", "rebound://vocabularies/es");
        McpSchema.ReadResourceResult spanish =
                client.readResource(new McpSchema.ReadResourceRequest("rebound://vocabularies/es"));
        assertThat(((McpSchema.TextResourceContents) spanish.contents().get(0)).text())
                .contains("\"locale\":\"es\"");

        assertThat(client.listPrompts().prompts())
                .extracting(McpSchema.Prompt::name)
                .containsExactly("bounce_back");
        McpSchema.GetPromptResult prompt = client.getPrompt(new McpSchema.GetPromptRequest(
                "bounce_back", Map.of("company", "Acme Robotics", "role", "Backend Engineer")));
        String text = ((McpSchema.TextContent) prompt.messages().get(0).content()).text();
        assertThat(text).contains("Acme Robotics", "Backend Engineer", "record_rejection", "save_reflection");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> properties(Map<String, Object> schema) {
        return ((Map<String, Object>) schema.get("properties")).keySet();
    }

    @SuppressWarnings("unchecked")
    private static List<String> required(Map<String, Object> schema) {
        return (List<String>) schema.get("required");
    }

    private String recorded(Map<String, Object> body) {
        McpSchema.CallToolResult created = call(client, "record_rejection", new HashMap<>(body));
        assertThat(created.isError()).as(created.content().toString()).isNotEqualTo(Boolean.TRUE);
        return json(created).path("id").asText();
    }
}
