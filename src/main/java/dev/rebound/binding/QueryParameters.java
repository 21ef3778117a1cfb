package dev.rebound.binding;

import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads query parameters as strings and collects every problem, so that one 400 names each bad
 * parameter. A failed JAX-RS conversion would otherwise be a 404 naming nothing.
 */
public final class QueryParameters {

    private final Map<String, List<String>> parameters;
    private final List<FieldError> errors = new ArrayList<>();

    public QueryParameters(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** The first value, or {@code null} when absent or empty. */
    public String value(String name) {
        List<String> values = parameters.get(name);
        if (values == null
                || values.isEmpty()
                || values.get(0) == null
                || values.get(0).isEmpty()) {
            return null;
        }
        return values.get(0);
    }

    public int integer(String name, int fallback, int min, int max) {
        String raw = value(name);
        if (raw == null) {
            return fallback;
        }
        String range = max == Integer.MAX_VALUE
                ? "a whole number of at least " + min
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

    /** {@code true} or {@code false}; absent is false. */
    public boolean flag(String name) {
        String raw = value(name);
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        errors.add(new FieldError(name, "must be true or false"));
        return false;
    }

    public <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        String raw = value(name);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    public String text(String name, int maxLength) {
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

    public LocalDate date(String name) {
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

    /** Reports a problem found by the caller, such as two parameters that contradict each other. */
    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Checks a date range given by two parameters, when both are present. */
    public void requireOrdered(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            reject(fromName, "must not be after " + toName);
        }
    }

    /** Throws one 400 naming every bad parameter, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
