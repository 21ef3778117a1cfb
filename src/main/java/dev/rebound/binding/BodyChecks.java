package dev.rebound.binding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rebound.problem.FieldError;
import dev.rebound.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/**
 * Binds a JSON request body to its record and checks it, collecting every problem (unknown members,
 * wrong types, constraint violations, then the caller's own rules) into one 400.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class BodyChecks {

    private final JsonBodies json;
    private final Validator validator;

    public <T extends Record> Checked<T> check(ObjectNode body, Class<T> type) {
        Set<FieldError> errors = new LinkedHashSet<>(json.unknownMembers(body, type));
        JsonBodies.Binding<T> binding = json.bind(body, type);
        errors.addAll(binding.errors());
        Checked<T> checked = new Checked<>(binding, errors);
        checked.add(Violations.toFieldErrors(validator.validate(binding.value())));
        return checked;
    }

    /** A bound body and the problems found so far. */
    public static final class Checked<T> {

        private final JsonBodies.Binding<T> binding;
        private final Set<FieldError> errors;

        Checked(JsonBodies.Binding<T> binding, Set<FieldError> errors) {
            this.binding = binding;
            this.errors = errors;
        }

        public T value() {
            return binding.value();
        }

        /** Adds problems found by further rules, except on fields that could not even be bound. */
        public Checked<T> add(Collection<FieldError> more) {
            more.stream().filter(error -> !binding.failed(error.field())).forEach(errors::add);
            return this;
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** Every problem found, in the order found. */
        public List<FieldError> errors() {
            return List.copyOf(errors);
        }

        /** The value, or one 400 naming every problem. */
        public T orThrow() {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(List.copyOf(errors));
            }
            return binding.value();
        }
    }
}
