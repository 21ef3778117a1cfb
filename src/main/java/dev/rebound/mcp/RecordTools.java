package dev.rebound.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.api.model.Rejection;
import dev.rebound.config.ReboundSettings;
import dev.rebound.idempotency.IdempotencyKeys;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.rejection.RecordSuggestions;
import dev.rebound.rejection.RejectionCreation;
import dev.rebound.rejection.RejectionQuery;
import dev.rebound.rejection.RejectionService;
import dev.rebound.security.CurrentOwner;
import dev.rebound.suggestion.SuggestionOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;

/** The tools over the rejection records and their suggestions: each a call into the service behind /v1/rejections. */
@ApplicationScoped
@RequiredArgsConstructor
class RecordTools {

    private static final Set<String> SUGGESTION_OPTIONS = Set.of("tone", "locale", "senderName");
    private static final Set<String> CREATE_CONTROLS = union(SUGGESTION_OPTIONS, Set.of("idempotencyKey"));
    private static final Set<String> LIST_FILTERS = Set.of(
            "page", "size", "stageReached", "reason", "company", "rejectedFrom", "rejectedTo", "tag", "status", "sort");
    private static final Set<String> SEARCH_FILTERS = union(LIST_FILTERS, Set.of("q"));
    private static final Set<String> RECORD_ID = Set.of("id");
    private static final Set<String> VERSIONED = Set.of("id", "version");

    private final RejectionService rejections;
    private final RejectionCreation creation;
    private final RecordSuggestions suggestions;
    private final IdempotencyKeys idempotencyKeys;
    private final CurrentOwner owner;
    private final ReboundSettings settings;

    List<ReboundTool> tools(ToolSchemas schemas) {
        return List.of(
                new ReboundTool(
                        "record_rejection",
                        "Record a rejection",
                        """
                        Saves a job rejection the person tells you about and returns the stored record with what to \
                        do next: a thank-you note to send, a feedback request when asking makes sense, reflection \
                        prompts and a dated plan. Ask for company, role, the furthest stage reached, how they were \
                        told and the date before calling; fill the rest only from what the person said. Pass an \
                        idempotencyKey (any unique text) so that a retry after a lost answer does not store the \
                        rejection twice. Show the notes to the person; never send anything for them.""",
                        schemas.object()
                                .propertiesOf("RejectionInput")
                                .queryOf("post", "/v1/rejections", Set.of())
                                .parameter(
                                        "idempotencyKey",
                                        "IdempotencyKey",
                                        "Any unique text for this rejection; calling again with the same key and"
                                                + " arguments returns the first answer instead of a second record.")
                                .toMap(),
                        schemas.resultOrProblem("CreatedRejection"),
                        ReboundTool.Effect.CREATES,
                        this::record),
                new ReboundTool(
                        "preview_suggestions",
                        "Preview suggestions",
                        """
                        Writes the suggestions for a rejection without saving anything: the same arguments as \
                        record_rejection. Use it to show the person the notes before they decide to keep a record.""",
                        schemas.object()
                                .propertiesOf("RejectionInput")
                                .queryOf("post", "/v1/suggestions/preview", Set.of())
                                .toMap(),
                        schemas.resultOrProblem("Suggestions"),
                        ReboundTool.Effect.READS,
                        this::preview),
                new ReboundTool(
                        "get_suggestions",
                        "Get suggestions for a record",
                        """
                        Writes the suggestions anew for a stored rejection, in the tone and language asked for: \
                        use it to redo a note in another tone or language.""",
                        schemas.object()
                                .property("id", idSchema())
                                .queryOf("get", "/v1/rejections/{id}/suggestions", Set.of())
                                .require("id")
                                .toMap(),
                        schemas.resultOrProblem("Suggestions"),
                        ReboundTool.Effect.READS,
                        this::suggestionsFor),
                new ReboundTool(
                        "list_rejections",
                        "List rejections",
                        """
                        Lists the person's recorded rejections, newest first, a page at a time, optionally \
                        filtered by stage, reason, company, dates, tag or follow-up status. Use totalPages to know \
                        whether to ask for the next page.""",
                        schemas.object()
                                .queryOf("get", "/v1/rejections", Set.of("q"))
                                .toMap(),
                        schemas.resultOrProblem("RejectionPage"),
                        ReboundTool.Effect.READS,
                        arguments -> list(arguments, LIST_FILTERS)),
                new ReboundTool(
                        "search_rejections",
                        "Search rejections",
                        """
                        Finds the person's rejections by words in their company, role, reason or notes (q takes \
                        quoted phrases, "or" and -word), with the same filters and paging as list_rejections.""",
                        schemas.object()
                                .queryOf("get", "/v1/rejections", Set.of())
                                .require("q")
                                .toMap(),
                        schemas.resultOrProblem("RejectionPage"),
                        ReboundTool.Effect.READS,
                        arguments -> {
                            arguments.requiredText("q");
                            return list(arguments, SEARCH_FILTERS);
                        }),
                new ReboundTool(
                        "get_rejection",
                        "Get a rejection",
                        "Reads one of the person's rejections by its id, with its plan and where each step stands.",
                        schemas.object()
                                .property("id", idSchema())
                                .require("id")
                                .toMap(),
                        schemas.resultOrProblem("Rejection"),
                        ReboundTool.Effect.READS,
                        arguments -> {
                            arguments.requireOnly(RECORD_ID);
                            return rejections.get(owner.id(), arguments.id());
                        }),
                new ReboundTool(
                        "update_rejection",
                        "Correct a rejection",
                        """
                        Changes fields of a stored rejection: give only the fields to change; null clears an \
                        optional field. Pass version (from the record) to be sure nobody changed it since.""",
                        schemas.object()
                                .property("id", idSchema())
                                .propertiesOf("RejectionPatch")
                                .property("version", versionSchema())
                                .require("id")
                                .toMap(),
                        schemas.resultOrProblem("Rejection"),
                        ReboundTool.Effect.UPDATES,
                        this::update),
                new ReboundTool(
                        "delete_rejection",
                        "Delete a rejection",
                        """
                        Deletes a rejection for good, with its plan, feedback and reflection. Only when the \
                        person asks for it, after confirming which record.""",
                        schemas.object()
                                .property("id", idSchema())
                                .property("version", versionSchema())
                                .require("id")
                                .toMap(),
                        null,
                        ReboundTool.Effect.REMOVES,
                        arguments -> {
                            arguments.requireOnly(VERSIONED);
                            rejections.delete(owner.id(), arguments.id(), arguments.ifMatch(settings.requireIfMatch()));
                            return null;
                        }));
    }

    private Object record(ToolArguments arguments) {
        ObjectNode record = arguments.body(CREATE_CONTROLS);
        SuggestionOptions options = options(arguments, () -> rejections.validate(owner.today(), record));
        String key = arguments.text("idempotencyKey");
        String ownerId = owner.id();
        // Not the fingerprint of a REST call: a key used there and here is two requests.
        String fingerprint = key == null
                ? null
                : idempotencyKeys.fingerprint("MCP", "record_rejection", arguments.body(Set.of("idempotencyKey")));
        try {
            return idempotencyKeys
                    .execute(
                            ownerId,
                            key,
                            fingerprint,
                            () -> creation.create(ownerId, owner.today(), record, options, collection()))
                    .getEntity();
        } catch (ProblemException e) {
            throw asArgument(e);
        }
    }

    private Object preview(ToolArguments arguments) {
        ObjectNode record = arguments.body(SUGGESTION_OPTIONS);
        owner.id();
        SuggestionOptions options = options(arguments, () -> rejections.validate(owner.today(), record));
        RejectionInput checked = rejections.validate(owner.today(), record);
        return suggestions.write(checked, options);
    }

    private Object suggestionsFor(ToolArguments arguments) {
        arguments.requireOnly(union(RECORD_ID, SUGGESTION_OPTIONS));
        SuggestionOptions options = options(arguments, () -> arguments.id());
        Rejection record = rejections.get(owner.id(), arguments.id());
        return suggestions.write(record, options);
    }

    private Object list(ToolArguments arguments, Set<String> filters) {
        arguments.requireOnly(filters);
        return rejections.list(owner.id(), RejectionQuery.parse(arguments.query(filters)));
    }

    private Object update(ToolArguments arguments) {
        return rejections.patch(
                owner.id(),
                owner.today(),
                arguments.id(),
                arguments.body(VERSIONED),
                arguments.ifMatch(settings.requireIfMatch()));
    }

    /** The suggestion options; bad ones are reported together with whatever {@code otherCheck} finds. */
    private SuggestionOptions options(ToolArguments arguments, Runnable otherCheck) {
        try {
            return SuggestionOptions.resolve(
                    arguments.text("tone"), arguments.text("locale"), arguments.text("senderName"), null, owner.name());
        } catch (ProblemException badOptions) {
            throw badOptions.withErrorsOf(otherCheck);
        }
    }

    private URI collection() {
        return URI.create(settings.publicUrl("/v1/rejections"));
    }

    /** The key's problems name the header on /v1; here the key is the argument {@code idempotencyKey}. */
    private static ProblemException asArgument(ProblemException e) {
        if (e.errors().stream().noneMatch(error -> IdempotencyKeys.HEADER.equals(error.field()))) {
            return e;
        }
        List<FieldError> renamed = e.errors().stream()
                .map(error -> IdempotencyKeys.HEADER.equals(error.field())
                        ? new FieldError("idempotencyKey", error.message())
                        : error)
                .toList();
        return new ProblemException(
                e.type(), e.getMessage().replace(IdempotencyKeys.HEADER, "idempotencyKey"), renamed);
    }

    static Map<String, Object> idSchema() {
        return Map.of("type", "string", "format", "uuid", "description", "The record's id.");
    }

    static Map<String, Object> versionSchema() {
        return Map.of(
                "type",
                "integer",
                "minimum",
                0,
                "description",
                "The record's version as last read; the change is refused if it has changed since.");
    }

    static Set<String> union(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
