package dev.rebound.security;

import dev.rebound.api.model.ProtectedResourceMetadata;
import dev.rebound.config.ReboundSettings;
import dev.rebound.http.ServedPaths;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The OAuth 2.0 protected resource metadata (RFC 9728): which issuers' tokens Rebound takes, so that a client
 * answered 401 (the MCP server's answers name this document) knows where to get one. Public, like the
 * vocabularies: it holds nothing personal.
 */
@Path(ServedPaths.PROTECTED_RESOURCE_METADATA)
@Produces(MediaType.APPLICATION_JSON)
public class ProtectedResourceMetadataResource {

    static final String CACHE_CONTROL = "public, max-age=3600";

    private final ProtectedResourceMetadata metadata;

    public ProtectedResourceMetadataResource(ReboundSettings settings, Issuers issuers) {
        this.metadata = new ProtectedResourceMetadata()
                .resource(settings.publicUrl(""))
                .authorizationServers(issuers.all())
                .bearerMethodsSupported(List.of("header"))
                .resourceName("Rebound")
                .resourceDocumentation(settings.publicUrl("/q/swagger-ui"));
    }

    @GET
    public Response metadata() {
        return Response.ok(metadata)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
