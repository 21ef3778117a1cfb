package dev.rebound.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/**
 * Turns one spreadsheet row into the body {@code POST /v1/rejections} takes, so that it is checked exactly as a
 * create is. Values are read the way people write them in a spreadsheet: a vocabulary value by its name or its
 * English or Spanish label, yes and no in either language, a date with a time after it, tags separated by
 * {@code ;} or {@code ,}. A value that cannot be read is passed on as written, so the check names its field.
 */
@RequiredArgsConstructor
public final class SpreadsheetRows {

    /** What our CSV export puts before a cell a spreadsheet would run as a formula; taken off again here. */
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private static final Pattern DATE_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");
    private static final Pattern SEMICOLON = Pattern.compile(";");
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Map<String, Boolean> YES_OR_NO = Map.ofEntries(
            Map.entry("true", true),
            Map.entry("yes", true),
            Map.entry("y", true),
            Map.entry("si", true),
            Map.entry("verdadero", true),
            Map.entry("1", true),
            Map.entry("false", false),
            Map.entry("no", false),
            Map.entry("n", false),
            Map.entry("falso", false),
            Map.entry("0", false));

    private final ImportColumns columns;
    private final VocabularyValues vocabularies;

    public ObjectNode body(List<String> cells) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode contact = JsonNodeFactory.instance.objectNode();
        columns.fields().forEach((field, column) -> {
            String cell = column < cells.size() ? cell(cells.get(column)) : "";
            if (!cell.isEmpty()) {
                put(field, cell, field.name().startsWith("CONTACT_") ? contact : body);
            }
        });
        if (!contact.isEmpty()) {
            body.set("contact", contact);
        }
        return body;
    }

    private void put(ImportField field, String cell, ObjectNode target) {
        switch (field) {
            case COMPANY -> target.put("company", cell);
            case ROLE -> target.put("role", cell);
            case STAGE_REACHED, INTERVIEW_FORMAT, NOTIFIED_VIA, REASON -> {
                String name = property(field);
                target.put(name, vocabularies.value(name, cell).orElse(cell));
            }
            case INTERVIEW_ROUND, SELF_ASSESSMENT -> putWholeNumber(target, property(field), cell);
            case REJECTED_ON, APPLIED_ON -> target.put(property(field), date(cell));
            case REASON_DETAIL, JOB_POSTING_URL, NOTES -> target.put(property(field), cell);
            case CONTACT_NAME -> target.put("name", cell);
            case CONTACT_TITLE -> target.put("title", cell);
            case CONTACT_EMAIL -> target.put("email", cell);
            case INTERNAL_CANDIDATE -> {
                Boolean yes = YES_OR_NO.get(ImportColumns.normalized(cell));
                if (yes == null) {
                    target.put("internalCandidate", cell);
                } else {
                    target.put("internalCandidate", yes);
                }
            }
            case TAGS -> {
                ArrayNode tags = target.putArray("tags");
                // Semicolons when there are any (our export joins with "; ", and a tag may hold a comma), else commas.
                Arrays.stream((cell.indexOf(';') >= 0 ? SEMICOLON : COMMA).split(cell))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .forEach(tags::add);
            }
        }
    }

    /** The field's own name, the first of its headers: the property of the body it fills. */
    private static String property(ImportField field) {
        return field.headers().get(0);
    }

    /** The cell as the person meant it: without the surrounding spaces or the export's guard against formulas. */
    static String cell(String raw) {
        String cell = raw == null ? "" : raw.strip();
        if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String date(String cell) {
        var withTime = DATE_WITH_TIME.matcher(cell);
        return withTime.matches() ? withTime.group(1) : cell;
    }

    /** A whole number, also as a spreadsheet may write it ("4.0"); anything else as written. */
    private static void putWholeNumber(ObjectNode target, String name, String cell) {
        try {
            BigDecimal number = new BigDecimal(cell);
            if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
                target.put(name, number.intValueExact());
                return;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // passed on as written, for the check to name
        }
        target.put(name, cell);
    }
}
