package dev.rebound.mcp;

import jakarta.enterprise.context.RequestScoped;

/**
 * A failure that is not the caller's mistake (the database is unreachable, a statement ran out of time, a bug),
 * met inside the MCP server. It is not a tool result: {@link McpEndpoint} throws it again once the server has
 * answered, so the HTTP answer is the same 503 (with Retry-After) or 500 that {@code /v1} gives.
 */
@RequestScoped
class ServerFaults {

    private RuntimeException held;

    void hold(RuntimeException fault) {
        if (held == null) {
            held = fault;
        }
    }

    void rethrow() {
        if (held != null) {
            throw held;
        }
    }
}
