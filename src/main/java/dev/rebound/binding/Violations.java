package dev.rebound.binding;

import dev.rebound.problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation results into the API's field errors. */
public final class Violations {

    private Violations() {}

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** {@code contact.email}, {@code tags[2]}: the names clients use, not Java's. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                // Hibernate Validator puts a container's index on the node after it.
                name.append('[').append(node.getIndex()).append(']');
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.toString();
    }
}
