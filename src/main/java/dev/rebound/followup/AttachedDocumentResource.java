package dev.rebound.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.problem.ProblemResponses;
import dev.rebound.rejection.EntityTags;
import dev.rebound.rejection.RejectionIds;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * GET, PUT and DELETE of a document kept beside one of the owner's records; a subclass gives the path. Every answer
 * carries the document's version as its ETag; a PUT answers 201 with Location when it created the document and 200
 * when it replaced it (RFC 9110). Security is declared here, on the class that declares the methods: Quarkus applies a
 * class's security annotation to its own methods only, not to inherited ones.
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public abstract class AttachedDocumentResource<V> {

    private final AttachedDocumentService<?, ?, V> service;
    private final CurrentOwner owner;

    protected AttachedDocumentResource(AttachedDocumentService<?, ?, V> service, CurrentOwner owner) {
        this.service = service;
        this.owner = owner;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        StoredDocument<V> document = service.get(owner.id(), RejectionIds.parse(id));
        return Response.ok(document.view())
                .header(HttpHeaders.ETAG, EntityTags.of(document.version()))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(
            @PathParam("id") String id,
            ObjectNode document,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context UriInfo uri) {
        StoredDocument<V> saved = service.put(
                owner.id(),
                owner.today(),
                RejectionIds.parse(id),
                document,
                new EntityTags.Preconditions(ifMatch, ifNoneMatch));
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(saved.view())
                .header(HttpHeaders.ETAG, EntityTags.of(saved.version()))
                .build();
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.MEDIA_TYPE, MediaType.WILDCARD})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(owner.id(), RejectionIds.parse(id), ifMatch);
        return Response.noContent().build();
    }
}
