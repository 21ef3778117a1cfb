package dev.rebound.rejection;

import dev.rebound.json.JsonBodies;
import dev.rebound.problem.ProblemException;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The rejection records API: HTTP in and out, nothing more. */
@Path("/v1/rejections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RejectionResource {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final RejectionService service;
    private final CurrentOwner owner;
    private final JsonBodies json;

    public RejectionResource(RejectionService service, CurrentOwner owner, JsonBodies json) {
        this.service = service;
        this.owner = owner;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body, @Context UriInfo uri) {
        RejectionView created = service.create(owner.id(), owner.today(), json.readObject(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    public RejectionPage list(@Context UriInfo uri) {
        return service.list(owner.id(), RejectionQuery.parse(uri.getQueryParameters()));
    }

    @GET
    @Path("{id}")
    public RejectionView get(@PathParam("id") String id) {
        return service.get(owner.id(), parseId(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH_JSON)
    public RejectionView patch(@PathParam("id") String id, byte[] body) {
        return service.patch(owner.id(), owner.today(), parseId(id), json.readObject(body));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        service.delete(owner.id(), parseId(id));
        return Response.noContent().build();
    }

    /** Bound as a string and checked here: a failed JAX-RS conversion would answer 404, not 400. */
    private static UUID parseId(String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalid("id", "must be a UUID such as 0b9f3c9e-8a7d-4d0b-9a55-3c2f1e6d7a10");
    }
}
