package dev.rebound.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.support.TestTokens;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

/** The official SDK's MCP client over HTTP, signed in as a test owner. */
final class McpClients {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    /** The tool result's structured content, or the JSON of its text when it has none. */
    static JsonNode json(McpSchema.CallToolResult result) {
        return JSON.valueToTree(result.structuredContent());
    }
}
