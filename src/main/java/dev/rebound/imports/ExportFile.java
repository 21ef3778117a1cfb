package dev.rebound.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.api.input.RejectionInput;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.problem.ProblemType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of a Rebound export ({@code GET /v1/export} as JSON): each record's writable fields become the body
 * of a create, and its plan, feedback and reflection are kept to be restored beside it. What a record carries
 * that is ours to assign again (id, status, times, version) is left out without a word; any other member is
 * listed as an ignored column.
 */
record ExportFile(List<ImportRow> rows, List<String> ignored) {

    private static final Set<String> WRITABLE = Arrays.stream(RejectionInput.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ASSIGNED_AGAIN =
            Set.of("id", "status", "createdAt", "updatedAt", "version", "history");
    private static final Set<String> FOLLOW_UPS = Set.of("plan", "feedback", "reflection");

    static ExportFile read(JsonNode document, int maxRows) {
        JsonNode records = document.get("rejections");
        if (records == null || !records.isArray()) {
            throw new ProblemException(
                    ProblemType.MALFORMED_BODY,
                    "The JSON is not a Rebound export: it needs a rejections array, as GET /v1/export writes it.",
                    List.of(new FieldError("rejections", records == null ? "is required" : "must be an array")));
        }
        if (records.size() > maxRows) {
            throw CsvTable.tooManyRows(maxRows);
        }
        List<ImportRow> rows = new ArrayList<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            if (!record.isObject()) {
                rows.add(ImportRow.unreadable(i + 1, new FieldError("rejections[" + i + "]", "must be a JSON object")));
                continue;
            }
            ObjectNode body = ((ObjectNode) record).deepCopy();
            List<String> names = new ArrayList<>();
            body.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!WRITABLE.contains(name)) {
                    body.remove(name);
                    if (!ASSIGNED_AGAIN.contains(name) && !FOLLOW_UPS.contains(name)) {
                        ignored.add(name);
                    }
                }
            }
            List<FieldError> errors = new ArrayList<>();
            for (String followUp : List.of("feedback", "reflection")) {
                JsonNode value = record.get(followUp);
                if (value != null && !value.isNull() && !value.isObject()) {
                    errors.add(new FieldError(followUp, "must be a JSON object or null"));
                }
            }
            rows.add(new ImportRow(
                    i + 1,
                    body,
                    present(record.get("plan")),
                    object(record.get("feedback")),
                    object(record.get("reflection")),
                    List.copyOf(errors)));
        }
        return new ExportFile(rows, List.copyOf(ignored));
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode object ? object : null;
    }
}
