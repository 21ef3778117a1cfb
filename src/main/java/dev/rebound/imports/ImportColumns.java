package dev.rebound.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which column of a spreadsheet holds which field of a record. Headers are compared without regard to case,
 * accents, spaces, hyphens and underscores, so "Fecha de rechazo", "fecha_de_rechazo" and "FECHA DE RECHAZO" are
 * one header; each field has its own name (as our CSV export writes it) and the usual English and Spanish names.
 *
 * @param fields the column of each field that the header has
 * @param ignored the headers that name no field (or a field an earlier column already holds), as written
 */
public record ImportColumns(Map<ImportField, Integer> fields, List<String> ignored) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}_\\-]+");

    private static final Map<String, ImportField> BY_HEADER = byHeader();

    public static ImportColumns of(List<String> header) {
        Map<ImportField, Integer> fields = new EnumMap<>(ImportField.class);
        List<String> ignored = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            ImportField field = BY_HEADER.get(normalized(name));
            if (field == null || fields.containsKey(field)) {
                if (!name.isBlank()) {
                    ignored.add(name.strip());
                }
            } else {
                fields.put(field, column);
            }
        }
        return new ImportColumns(fields, List.copyOf(ignored));
    }

    /** Whether the header names any field at all: a file whose first row does not is not a table of records. */
    public boolean recognised() {
        return !fields.isEmpty();
    }

    /** Lower case, without accents, spaces, hyphens or underscores: the form in which names are compared. */
    public static String normalized(String name) {
        String withoutMarks =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(withoutMarks).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Map<String, ImportField> byHeader() {
        Map<String, ImportField> byHeader = new HashMap<>();
        for (ImportField field : ImportField.values()) {
            for (String name : field.headers()) {
                ImportField earlier = byHeader.put(normalized(name), field);
                if (earlier != null) {
                    throw new IllegalStateException("Two fields share the header " + name);
                }
            }
        }
        return Map.copyOf(byHeader);
    }
}
