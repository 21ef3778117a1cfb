package dev.rebound.rejection;

import dev.rebound.json.IsoDates;
import dev.rebound.json.TextRules;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import dev.rebound.validation.TextLengthValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The list operation's query parameters, parsed and checked together so that one 400 names every
 * bad parameter. Parameters arrive as strings: a failed JAX-RS conversion would otherwise be a 404.
 */
public record RejectionQuery(RejectionFilter filter, PageRequest page, RejectionSort sort) {

    static final int MAX_TEXT_LENGTH = 200;

    public static RejectionQuery parse(Map<String, List<String>> parameters) {
        Parser parser = new Parser(parameters);
        int page = parser.integer("page", 0, 0, Integer.MAX_VALUE);
        int size = parser.integer("size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        RejectionFilter filter = new RejectionFilter(
                parser.enumeration("stageReached", StageReached.class),
                parser.enumeration("reason", RejectionReason.class),
                parser.text("company", 200),
                parser.date("rejectedFrom"),
                parser.date("rejectedTo"),
                parser.text("tag", 50),
                parser.text("q", MAX_TEXT_LENGTH));
        if (filter.rejectedFrom() != null && filter.rejectedTo() != null
                && filter.rejectedFrom().isAfter(filter.rejectedTo())) {
            parser.errors.add(new FieldError("rejectedFrom", "must not be after rejectedTo"));
        }
        RejectionSort sort = parser.sort("sort");
        if (!parser.errors.isEmpty()) {
            throw ProblemException.invalid(parser.errors);
        }
        return new RejectionQuery(filter, new PageRequest(page, size), sort);
    }

    private static final class Parser {

        private final Map<String, List<String>> parameters;
        private final List<FieldError> errors = new ArrayList<>();

        Parser(Map<String, List<String>> parameters) {
            this.parameters = parameters;
        }

        /** The first value, or {@code null} when absent or empty. */
        private String value(String name) {
            List<String> values = parameters.get(name);
            if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
                return null;
            }
            return values.get(0);
        }

        int integer(String name, int fallback, int min, int max) {
            String raw = value(name);
            if (raw == null) {
                return fallback;
            }
            String range = max == Integer.MAX_VALUE ? "a whole number of at least " + min
                    : "a whole number between " + min + " and " + max;
            if (raw.matches("[0-9]{1,10}")) {
                long parsed = Long.parseLong(raw);
                if (parsed >= min && parsed <= max) {
                    return (int) parsed;
                }
            }
            errors.add(new FieldError(name, "must be " + range));
            return fallback;
        }

        <E extends Enum<E>> E enumeration(String name, Class<E> type) {
            String raw = value(name);
            if (raw == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, raw);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))));
                return null;
            }
        }

        String text(String name, int maxLength) {
            String raw = value(name);
            if (raw == null || TextLengthValidator.isBlank(raw)) {
                return null;
            }
            String unsafe = TextRules.unsafeCharacterProblem(raw);
            if (unsafe != null) {
                errors.add(new FieldError(name, unsafe));
                return null;
            }
            if (raw.codePointCount(0, raw.length()) > maxLength) {
                errors.add(new FieldError(name, "must be at most " + maxLength + " characters long"));
                return null;
            }
            return raw;
        }

        LocalDate date(String name) {
            String raw = value(name);
            if (raw == null) {
                return null;
            }
            LocalDate date = IsoDates.parse(raw);
            if (date == null) {
                errors.add(new FieldError(name, "must be a date in the form YYYY-MM-DD"));
            }
            return date;
        }

        RejectionSort sort(String name) {
            String raw = value(name);
            if (raw == null) {
                return RejectionSort.DEFAULT;
            }
            String[] parts = raw.split(",", -1);
            RejectionSort.Field field = Arrays.stream(RejectionSort.Field.values())
                    .filter(f -> f.apiName().equals(parts[0]))
                    .findFirst()
                    .orElse(null);
            String direction = parts.length == 2 ? parts[1] : "desc";
            if (field == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                errors.add(new FieldError(name,
                        "must be rejectedOn or createdAt, optionally followed by ,asc or ,desc"));
                return RejectionSort.DEFAULT;
            }
            return new RejectionSort(field, direction.equals("asc"));
        }
    }
}
