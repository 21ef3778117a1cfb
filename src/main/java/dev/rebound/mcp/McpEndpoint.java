package dev.rebound.mcp;

import dev.rebound.http.ServedPaths;
import dev.rebound.problem.ProblemException;
import dev.rebound.ratelimit.RequestBudget;
import dev.rebound.security.CurrentOwner;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;

/**
 * The Model Context Protocol over Streamable HTTP: one JSON-RPC message per POST, answered with JSON (never an
 * event stream, and no session), with the same bearer token, owner rules and budgets as {@code /v1}. GET and
 * DELETE are 405: this server opens no stream and holds no session to end.
 */
@Path(ServedPaths.MCP)
@Authenticated
@RequiredArgsConstructor
public class McpEndpoint {

    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

    private final ReboundMcpServer server;
    private final CurrentOwner owner;
    private final RequestBudget budget;
    private final ServerFaults faults;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response call(String body, @HeaderParam(PROTOCOL_VERSION_HEADER) String protocolVersion) {
        if (protocolVersion != null && !ReboundMcpServer.PROTOCOL_VERSIONS.contains(protocolVersion)) {
            throw ProblemException.invalid(
                    PROTOCOL_VERSION_HEADER,
                    "must be a protocol version this server speaks: "
                            + String.join(", ", ReboundMcpServer.PROTOCOL_VERSIONS));
        }
        McpSchema.JSONRPCMessage message = server.parse(body);
        budget.chargeAs(server.budgetFor(message));
        owner.id(); // the token names its owner, and the call spends from the owner's budget (429 when spent)
        if (message instanceof McpSchema.JSONRPCRequest request) {
            byte[] answer = server.answer(request);
            faults.rethrow();
            return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .build();
        }
        server.accept(message);
        faults.rethrow();
        return Response.accepted().build();
    }
}
