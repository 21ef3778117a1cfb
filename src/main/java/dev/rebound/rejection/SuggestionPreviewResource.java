package dev.rebound.rejection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.security.CurrentOwner;
import dev.rebound.suggestion.SuggestionOptions;
import dev.rebound.suggestion.SuggestionParams;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import lombok.RequiredArgsConstructor;

/** Suggestions for a rejection that is not stored, so a front end can show them before saving. */
@Path("/v1/suggestions/preview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RequiredArgsConstructor
public class SuggestionPreviewResource {

    private final RejectionService rejections;
    private final RecordSuggestions suggestions;
    private final CurrentOwner owner;

    /** The body is validated exactly as on create; nothing is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(ObjectNode record, @BeanParam SuggestionParams params) {
        owner.id(); // a preview stores nothing, but still needs a token that names its owner
        SuggestionOptions options = params.resolve(owner.name(), () -> rejections.validate(owner.today(), record));
        RejectionInput checked = rejections.validate(owner.today(), record);
        return SuggestionResource.ok(suggestions.write(RejectionMapper.facts(checked), options));
    }
}
