package dev.rebound.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rebound.labels.VocabularyCatalog;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.RejectionIds;
import dev.rebound.rejection.RejectionService;
import dev.rebound.security.CurrentOwner;
import dev.rebound.vocabulary.MessageLocale;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;

/**
 * What an MCP client may read as resources: each of the person's rejections ({@code rebound://rejections/{id}})
 * and the vocabularies in each language ({@code rebound://vocabularies/{language}}), as the REST API answers them.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ReadableRecords {

    static final String REJECTION_TEMPLATE = "rebound://rejections/{id}";
    private static final String REJECTION_PREFIX = "rebound://rejections/";
    private static final String VOCABULARIES_PREFIX = "rebound://vocabularies/";
    private static final String JSON = "application/json";

    private final RejectionService rejections;
    private final VocabularyCatalog vocabularies;
    private final CurrentOwner owner;
    private final ObjectMapper mapper;
    private final ServerFaults faults;

    McpStatelessServerFeatures.SyncResourceTemplateSpecification rejectionTemplate() {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder()
                .uriTemplate(REJECTION_TEMPLATE)
                .name("rejection")
                .title("A recorded rejection")
                .description("One of the person's rejections, with its plan, as get_rejection returns it.")
                .mimeType(JSON)
                .build();
        return new McpStatelessServerFeatures.SyncResourceTemplateSpecification(template, (context, request) -> {
            String id = request.uri().substring(REJECTION_PREFIX.length());
            return read(request.uri(), () -> rejections.get(owner.id(), RejectionIds.parse(id)));
        });
    }

    List<McpStatelessServerFeatures.SyncResourceSpecification> vocabularyResources() {
        return Arrays.stream(MessageLocale.values())
                .map(locale -> new McpStatelessServerFeatures.SyncResourceSpecification(
                        McpSchema.Resource.builder()
                                .uri(VOCABULARIES_PREFIX + locale.tag())
                                .name("vocabularies-" + locale.tag())
                                .title("Vocabularies (" + locale.tag() + ")")
                                .description("Every enum value of the records with its label in " + locale.tag()
                                        + ": stages, channels, reasons, tones, plan actions and more.")
                                .mimeType(JSON)
                                .build(),
                        (context, request) -> read(
                                request.uri(), () -> vocabularies.in(locale).answer())))
                .toList();
    }

    private McpSchema.ReadResourceResult read(String uri, Supplier<Object> reader) {
        try {
            String text = mapper.writeValueAsString(reader.get());
            return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, JSON, text)));
        } catch (ProblemException e) {
            if (!ToolCalls.isCallersMistake(e.type())) {
                faults.hold(e);
            }
            // A bad or unknown id: the resource is not there for this person.
            throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                    .message(e.getMessage())
                    .data(Map.of("uri", uri))
                    .build();
        } catch (JsonProcessingException e) {
            IllegalStateException fault = new IllegalStateException("Cannot write a resource", e);
            faults.hold(fault);
            throw fault;
        } catch (RuntimeException e) {
            faults.hold(e);
            throw e;
        }
    }
}
