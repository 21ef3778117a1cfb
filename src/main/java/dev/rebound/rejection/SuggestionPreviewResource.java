package dev.rebound.rejection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.model.Suggestions;
import dev.rebound.metrics.BusinessMetrics;
import dev.rebound.security.CurrentOwner;
import dev.rebound.suggestion.SuggestionComposer;
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

/** Suggestions for a rejection that is not stored, so a front end can show them before saving. */
@Path("/v1/suggestions/preview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionPreviewResource {

    private final RejectionService rejections;
    private final SuggestionComposer composer;
    private final CurrentOwner owner;
    private final BusinessMetrics metrics;

    public SuggestionPreviewResource(
            RejectionService rejections, SuggestionComposer composer, CurrentOwner owner, BusinessMetrics metrics) {
        this.rejections = rejections;
        this.composer = composer;
        this.owner = owner;
        this.metrics = metrics;
    }

    /** The body is validated exactly as on create; nothing is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(ObjectNode record, @BeanParam SuggestionParams params) {
        owner.id(); // a preview stores nothing, but still needs a token that names its owner
        SuggestionOptions options = params.resolve(owner.name(), () -> rejections.validate(owner.today(), record));
        Suggestions suggestions =
                composer.compose(RejectionMapper.facts(rejections.validate(owner.today(), record)), options);
        metrics.suggestionsGenerated();
        return SuggestionResource.ok(suggestions);
    }
}
