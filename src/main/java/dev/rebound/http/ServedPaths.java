package dev.rebound.http;

import java.util.regex.Pattern;

/** Paths that several layers route by (Vert.x routes, exception mappers, the contract's methods), named once. */
public final class ServedPaths {

    /** The MCP server (docs/mcp.md). */
    public static final String MCP = "/mcp";

    /**
     * Every request path that JAX-RS dispatches to the MCP server: with matrix parameters ({@code /mcp;x=1}, which
     * JAX-RS drops) or a trailing slash too, so that no check on the way can be passed by.
     */
    public static final String MCP_PATTERN = "/mcp([;/].*)?";

    /** The protected resource metadata (RFC 9728) that the MCP server's 401s name. */
    public static final String PROTECTED_RESOURCE_METADATA = "/.well-known/oauth-protected-resource";

    private static final Pattern MCP_PATHS = Pattern.compile(MCP_PATTERN);

    private ServedPaths() {}

    public static boolean isMcp(String path) {
        return MCP_PATHS.matcher(path).matches();
    }
}
