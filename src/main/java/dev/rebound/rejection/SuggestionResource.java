package dev.rebound.rejection;

import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.Suggestions;
import dev.rebound.security.CurrentOwner;
import dev.rebound.suggestion.SuggestionOptions;
import dev.rebound.suggestion.SuggestionParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;

/** Suggestions for a stored rejection, written anew for the record as it is now. */
@Path("/v1/rejections/{id}/suggestions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class SuggestionResource {

    private final RejectionService rejections;
    private final RecordSuggestions suggestions;
    private final CurrentOwner owner;

    @GET
    public Response forRejection(@PathParam("id") String id, @BeanParam SuggestionParams params) {
        SuggestionOptions options = params.resolve(owner.name());
        Rejection record = rejections.get(owner.id(), RejectionIds.parse(id));
        return ok(suggestions.write(RejectionMapper.facts(record), options));
    }

    static Response ok(Suggestions suggestions) {
        return Response.ok(suggestions)
                .header(HttpHeaders.CONTENT_LANGUAGE, suggestions.getLocale().toString())
                .build();
    }
}
