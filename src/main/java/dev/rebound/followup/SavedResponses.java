package dev.rebound.followup;

import dev.rebound.rejection.EntityTags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a PUT: 201 with Location when it created the resource, 200 when it replaced it (RFC 9110). */
final class SavedResponses {

    private SavedResponses() {}

    static Response of(Saved<?> saved, UriInfo uri) {
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(saved.view())
                .header(HttpHeaders.ETAG, EntityTags.of(saved.version()))
                .build();
    }
}
