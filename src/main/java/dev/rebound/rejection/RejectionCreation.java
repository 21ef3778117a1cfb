package dev.rebound.rejection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.CreatedRejection;
import dev.rebound.api.model.Rejection;
import dev.rebound.api.model.Suggestions;
import dev.rebound.suggestion.SuggestionOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;

/**
 * Stores a checked rejection and writes its suggestions: the work behind {@code POST /v1/rejections} and the MCP
 * tool {@code record_rejection}, as one answer that an idempotency key can keep and replay.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RejectionCreation {

    private final RejectionService service;
    private final RecordSuggestions suggestions;

    /** @param collection the records' collection URI, which the new record's Location extends with its id */
    public Response create(
            String ownerId, LocalDate today, ObjectNode record, SuggestionOptions options, URI collection) {
        RejectionService.Created result = service.create(ownerId, today, record);
        Rejection created = result.record();
        Suggestions written = suggestions.write(RejectionMapper.facts(created), options);
        return Response.created(UriBuilder.fromUri(collection)
                        .path(created.getId().toString())
                        .build())
                .header(HttpHeaders.ETAG, EntityTags.of(created.getVersion()))
                .header(HttpHeaders.CONTENT_LANGUAGE, written.getLocale().toString())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new CreatedRejection(created, result.history(), written))
                .build();
    }
}
