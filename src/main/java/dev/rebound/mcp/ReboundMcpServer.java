package dev.rebound.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.contract.ServedContract;
import dev.rebound.problem.Problem;
import dev.rebound.problem.ProblemException;
import dev.rebound.ratelimit.OwnerBudgets;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.ProtocolVersions;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * Rebound's MCP server: the official Java SDK's stateless server, holding the tools, resources and prompt. It keeps
 * nothing between requests (no session), so any replica answers any call. The SDK runs each call on the request's
 * own thread ({@code immediateExecution}), where the owner, the budget and the transaction are the request's.
 */
@Singleton
class ReboundMcpServer {

    /** The protocol versions this server speaks, oldest first: a client may ask for any of them. */
    static final List<String> PROTOCOL_VERSIONS =
            List.of(ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2025_06_18, ProtocolVersions.MCP_2025_11_25);

    static final String INSTRUCTIONS = """
            Rebound helps a person bounce back from a job rejection. Record what happened with record_rejection (or \
            start from a pasted e-mail with draft_from_email); the answer holds a thank-you note, a feedback request \
            where one fits, reflection prompts and a plan. Show notes to the person and let them send them \
            themselves. Track what they did with update_plan_step, record_feedback and save_reflection; \
            list_reminders says what is due, get_insights shows patterns. Every call sees only the person's own \
            records.""";

    private static final Logger LOG = Logger.getLogger(ReboundMcpServer.class);
    /** The text parameter each method needs, which the SDK reads without checking. */
    private static final Map<String, String> REQUIRED_TEXT = Map.of(
            McpSchema.METHOD_TOOLS_CALL, "name",
            McpSchema.METHOD_RESOURCES_READ, "uri",
            McpSchema.METHOD_PROMPT_GET, "name");

    private final Handler transport = new Handler();
    private final JacksonMcpJsonMapper json;
    private final ObjectMapper writer;
    private final Map<String, OwnerBudgets.Policy> budgetByTool;

    ReboundMcpServer(
            ServedContract contract,
            ObjectMapper mapper,
            RecordTools records,
            FollowThroughTools followThrough,
            ReadableRecords readable,
            ToolCalls calls,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "1.0.0") String version) {
        ObjectMapper plain = new ObjectMapper();
        this.json = new JacksonMcpJsonMapper(plain);
        this.writer = plain;
        ToolSchemas schemas = new ToolSchemas(contract.tree(), mapper);
        List<ReboundTool> tools = Stream.concat(records.tools(schemas).stream(), followThrough.tools(schemas).stream())
                .toList();
        this.budgetByTool = tools.stream()
                .collect(Collectors.toUnmodifiableMap(
                        ReboundTool::name, tool -> tool.effect().budget()));
        // Building the server hands its handler to the transport, which is all this class keeps of it.
        McpServer.sync(transport)
                .serverInfo(new McpSchema.Implementation("rebound", "Rebound", version))
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .prompts(false)
                        .build())
                .tools(tools.stream().map(calls::specification).toList())
                .resourceTemplates(List.of(readable.rejectionTemplate()))
                .resources(readable.vocabularyResources())
                .prompts(List.of(BounceBackPrompt.specification()))
                .jsonMapper(json)
                .jsonSchemaValidator(new SchemasCheckedOnce(plain))
                // Our own checks name every bad argument in a problem, as /v1 does; the SDK's would not.
                .validateToolInputs(false)
                .immediateExecution(true)
                .build();
    }

    /** One JSON-RPC message as the client sent it; unreadable JSON-RPC is a 400. */
    McpSchema.JSONRPCMessage parse(String body) {
        try {
            return McpSchema.deserializeJsonRpcMessage(json, body);
        } catch (IOException | RuntimeException e) { // the SDK reads "null" into a null map, then fails on it
            throw ProblemException.invalid(
                    "body", "must be one JSON-RPC 2.0 request, notification or response of the Model Context Protocol");
        }
    }

    /** The budget a message spends from: a tool that changes something spends from writes, all else from reads. */
    OwnerBudgets.Policy budgetFor(McpSchema.JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCRequest request
                && McpSchema.METHOD_TOOLS_CALL.equals(request.method())
                && request.params() instanceof Map<?, ?> params
                && params.get("name") instanceof String tool) {
            return budgetByTool.getOrDefault(tool, OwnerBudgets.Policy.READS);
        }
        return OwnerBudgets.Policy.READS;
    }

    /** The answer to a request, as JSON in UTF-8. */
    byte[] answer(McpSchema.JSONRPCRequest request) {
        McpSchema.JSONRPCResponse response = malformed(request);
        if (response == null) {
            response = transport
                    .handler
                    .handleRequest(McpTransportContext.EMPTY, request)
                    .block();
        }
        if (response != null
                && response.error() != null
                && response.error().code() == McpSchema.ErrorCodes.INTERNAL_ERROR) {
            // The SDK would send the exception's own message; it may name our classes.
            URI instance = Problem.currentInstance();
            LOG.errorf(
                    "MCP %s failed %s: %s",
                    request.method(), instance, response.error().message());
            response = new McpSchema.JSONRPCResponse(
                    McpSchema.JSONRPC_VERSION,
                    request.id(),
                    null,
                    new McpSchema.JSONRPCResponse.JSONRPCError(
                            McpSchema.ErrorCodes.INTERNAL_ERROR,
                            "The request could not be handled. Quote " + instance + " if you report it.",
                            null));
        }
        try {
            // As UTF-8 bytes: a result carries its JSON twice, once as text, and escaping that text into a String
            // took half of a list call's CPU (JFR).
            return writer.writeValueAsBytes(response);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write an MCP answer", e);
        }
    }

    /**
     * An invalid-params error for the shapes the SDK would fail on with an internal error (a tool call whose name
     * is not text or whose arguments are not an object, a read without a uri), or {@code null}.
     */
    private static McpSchema.JSONRPCResponse malformed(McpSchema.JSONRPCRequest request) {
        String required = REQUIRED_TEXT.get(request.method());
        if (required == null) {
            return null;
        }
        String problem = null;
        if (!(request.params() instanceof Map<?, ?> params)) {
            problem = "params must be an object";
        } else if (!(params.get(required) instanceof String)) {
            problem = "params." + required + " must be a string";
        } else if (params.get("arguments") != null && !(params.get("arguments") instanceof Map)) {
            problem = "params.arguments must be an object";
        }
        if (problem == null) {
            return null;
        }
        return new McpSchema.JSONRPCResponse(
                McpSchema.JSONRPC_VERSION,
                request.id(),
                null,
                new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INVALID_PARAMS, problem, null));
    }

    /** A notification (or a response to a server request, which this server never makes): nothing to answer. */
    void accept(McpSchema.JSONRPCMessage message) {
        if (message instanceof McpSchema.JSONRPCNotification notification) {
            transport
                    .handler
                    .handleNotification(McpTransportContext.EMPTY, notification)
                    .block();
        }
    }

    /** The SDK hands its server's handler to a transport; ours is the JAX-RS resource, which calls it directly. */
    private static final class Handler implements McpStatelessServerTransport {

        private McpStatelessServerHandler handler;

        @Override
        public void setMcpHandler(McpStatelessServerHandler handler) {
            this.handler = handler;
        }

        @Override
        public List<String> protocolVersions() {
            return PROTOCOL_VERSIONS;
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }
    }
}
