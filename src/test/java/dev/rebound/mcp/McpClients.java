package dev.rebound.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.support.TestTokens;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/** The official SDK's MCP client over HTTP, signed in as a test owner. */
final class McpClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultJsonSchemaValidator VALIDATOR = new DefaultJsonSchemaValidator(JSON);
    private static final Map<McpSyncClient, Map<String, Map<String, Object>>> OUTPUT_SCHEMAS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private McpClients() {}

    /** A client of the server at {@code base}, initialized, that sends this owner's token. */
    static McpSyncClient as(URL base, String owner) {
        String token = TestTokens.tokenFor(owner);
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(base.toString())
                .endpoint("/mcp")
                .httpRequestCustomizer(
                        (request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    /**
     * Calls a tool and holds its structured result (an answer or a tool error's problem) to the tool's output schema,
     * as the server does not on every call (SchemasCheckedOnce).
     */
    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        Map<String, Object> schema = OUTPUT_SCHEMAS
                .computeIfAbsent(client, McpClients::outputSchemas)
                .get(tool);
        if (schema != null && result.structuredContent() != null) {
            JsonSchemaValidator.ValidationResponse check = VALIDATOR.validate(schema, result.structuredContent());
            if (!check.valid()) {
                throw new AssertionError(tool + " answered outside its output schema: " + check.errorMessage());
            }
        }
        return result;
    }

    private static Map<String, Map<String, Object>> outputSchemas(McpSyncClient client) {
        Map<String, Map<String, Object>> schemas = new HashMap<>();
        for (McpSchema.Tool tool : client.listTools().tools()) {
            if (tool.outputSchema() != null) {
                schemas.put(tool.name(), tool.outputSchema());
            }
        }
        return schemas;
    }

    /** The tool result's structured content, or the JSON of its text when it has none. */
    static JsonNode json(McpSchema.CallToolResult result) {
        return JSON.valueToTree(result.structuredContent());
    }
}
