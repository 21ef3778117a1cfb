package dev.rebound.rejection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.RejectionPage;
import dev.rebound.binding.JsonObjectReader;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.problem.ProblemResponses;
import dev.rebound.security.CurrentOwner;
import dev.rebound.suggestion.SuggestionOptions;
import dev.rebound.suggestion.SuggestionParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import lombok.RequiredArgsConstructor;

/** The rejection records API: HTTP in and out, nothing more. */
@Path("/v1/rejections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class RejectionResource {

    private final RejectionService service;
    private final RejectionCreation creation;
    private final IdempotencyKeys idempotencyKeys;
    private final CurrentOwner owner;

    /**
     * Stores the rejection and answers with it and what to do next. Options are checked before anything is
     * stored; with an Idempotency-Key, a retry gets the first answer instead of a second record.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            ObjectNode record,
            @Context UriInfo uri,
            @BeanParam SuggestionParams params,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        SuggestionOptions options = params.resolve(owner.name(), () -> service.validate(owner.today(), record));
        String fingerprint =
                idempotencyKey == null ? null : idempotencyKeys.fingerprintOfPost(uri.getRequestUri(), record);
        String ownerId = owner.id();
        return idempotencyKeys.execute(
                ownerId,
                idempotencyKey,
                fingerprint,
                () -> creation.create(ownerId, owner.today(), record, options, uri.getAbsolutePath()));
    }

    @GET
    public RejectionPage list(@Context UriInfo uri) {
        return service.list(owner.id(), RejectionQuery.parse(uri.getQueryParameters()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEntityTag(service.get(owner.id(), RejectionIds.parse(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(JsonObjectReader.MERGE_PATCH_JSON)
    public Response patch(
            @PathParam("id") String id, ObjectNode changes, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEntityTag(service.patch(owner.id(), owner.today(), RejectionIds.parse(id), changes, ifMatch));
    }

    /** Records what the person did with one step of the plan; answers with the step and the record's new ETag. */
    @PATCH
    @Path("{id}/plan/{action}")
    @Consumes({MediaType.APPLICATION_JSON, JsonObjectReader.MERGE_PATCH_JSON})
    public Response changeStep(
            @PathParam("id") String id,
            @PathParam("action") String action,
            ObjectNode update,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID recordId = RejectionIds.parse(id);
        RejectionService.StepChanged changed =
                service.changeStep(owner.id(), owner.today(), recordId, action, update, ifMatch);
        return Response.ok(changed.step())
                .header(HttpHeaders.ETAG, EntityTags.of(changed.recordVersion()))
                .build();
    }

    @DELETE
    @Path("{id}")
    // No body on success; a client that accepts only problem+json (for errors) must not get a 406.
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.MEDIA_TYPE, MediaType.WILDCARD})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(owner.id(), RejectionIds.parse(id), ifMatch);
        return Response.noContent().build();
    }

    private static Response withEntityTag(Rejection record) {
        return Response.ok(record)
                .header(HttpHeaders.ETAG, EntityTags.of(record.getVersion()))
                .build();
    }
}
