package dev.rebound.account;

import dev.rebound.problem.ProblemResponses;
import dev.rebound.security.CurrentOwner;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;

/** The person behind the token, as far as Rebound keeps anything about them. */
@Path("/v1/me")
@Authenticated
@RequiredArgsConstructor
public class MeResource {

    private final AccountErasure erasure;
    private final CurrentOwner owner;

    /** Erases everything the owner has; answers 204 also when there was nothing to erase. */
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, ProblemResponses.MEDIA_TYPE, MediaType.WILDCARD})
    public Response erase() {
        erasure.erase(owner.id());
        return Response.noContent().build();
    }
}
