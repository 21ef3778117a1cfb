package dev.rebound.problem;

import java.util.List;

/** Thrown anywhere in request handling to answer with a problem; carries no stack trace worth logging. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** A 400 naming every offending field. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid.";
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /**
     * This validation problem together with whatever another check reports, so one 400 names every bad
     * field and parameter of a request.
     */
    public ProblemException withErrorsOf(Runnable otherCheck) {
        try {
            otherCheck.run();
        } catch (ProblemException other) {
            if (type == ProblemType.VALIDATION_FAILED && other.type == ProblemType.VALIDATION_FAILED) {
                List<FieldError> all = new java.util.ArrayList<>(errors);
                all.addAll(other.errors);
                return invalid(all);
            }
        }
        return this;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage(), errors);
    }
}
