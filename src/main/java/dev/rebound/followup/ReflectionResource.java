package dev.rebound.followup;

import dev.rebound.json.JsonBodies;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** What the person learned from a rejection: one reflection per rejection. */
@Path("/v1/rejections/{id}/reflection")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReflectionResource {

    private final ReflectionService service;
    private final CurrentOwner owner;
    private final JsonBodies json;

    public ReflectionResource(ReflectionService service, CurrentOwner owner, JsonBodies json) {
        this.service = service;
        this.owner = owner;
        this.json = json;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        ReflectionView reflection = service.get(owner.id(), RejectionIds.parse(id));
        return Response.ok(reflection)
                .header(HttpHeaders.ETAG, EntityTags.of(reflection.version()))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(
            @PathParam("id") String id,
            byte[] body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context UriInfo uri) {
        Saved<ReflectionView> saved = service.put(
                owner.id(),
                owner.today(),
                RejectionIds.parse(id),
                json.readObject(body),
                new EntityTags.Preconditions(ifMatch, ifNoneMatch));
        return SavedResponses.of(saved, uri);
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.MEDIA_TYPE, MediaType.WILDCARD})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(owner.id(), RejectionIds.parse(id), ifMatch);
        return Response.noContent().build();
    }
}
