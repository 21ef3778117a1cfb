package dev.rebound.reminder;

import dev.rebound.api.model.CalendarFeed;
import dev.rebound.api.model.CalendarFeedStatus;
import dev.rebound.binding.LanguageParams;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemResponses;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;

/**
 * The owner's calendar feed subscription. Retrying a POST is safe without an Idempotency-Key: each
 * call leaves exactly one working URL, the one in its answer. With a key, the first use is recorded but its
 * answer is not, since that would mean storing the secret the table keeps only as a hash: a repeat is a 409.
 */
@Path("/v1/calendar-feed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class CalendarFeedResource {

    private final CalendarFeedService service;
    private final CurrentOwner owner;
    private final IdempotencyKeys idempotencyKeys;

    @POST
    public Response createOrRotate(
            @BeanParam LanguageParams language,
            @Context UriInfo uri,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        String fingerprint =
                idempotencyKey == null ? null : idempotencyKeys.fingerprintOfPost(uri.getRequestUri(), null);
        return idempotencyKeys.execute(
                owner.id(), idempotencyKey, fingerprint, IdempotencyKeys.Answers.NEVER_REPLAYED, () -> {
                    CalendarFeed created = service.createOrRotate(owner.id(), language.resolve());
                    return Response.created(uri.getAbsolutePath())
                            .entity(created)
                            .build();
                });
    }

    @GET
    public CalendarFeedStatus status() {
        return service.status(owner.id());
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.MEDIA_TYPE, MediaType.WILDCARD})
    public Response revoke() {
        if (!service.revoke(owner.id())) {
            throw ProblemException.notFound("There is no calendar feed to revoke.");
        }
        return Response.noContent().build();
    }
}
