package dev.rebound.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.problem.FieldError;
import java.util.List;

/**
 * One row of an import: the body it makes for {@code POST /v1/rejections}, what an export carries beside the
 * record, and the problems found before any check (a row of an export that is not even an object).
 *
 * @param number the 1-based data row (the header, or the export's start, is row 0)
 * @param plan the exported plan, whose steps' states are restored after the record is created; or null
 * @param feedback the exported feedback, or null
 * @param reflection the exported reflection, or null
 */
record ImportRow(
        int number,
        ObjectNode body,
        JsonNode plan,
        ObjectNode feedback,
        ObjectNode reflection,
        List<FieldError> errors) {

    static ImportRow of(int number, ObjectNode body) {
        return new ImportRow(number, body, null, null, null, List.of());
    }

    static ImportRow unreadable(int number, FieldError error) {
        return new ImportRow(number, null, null, null, null, List.of(error));
    }
}
