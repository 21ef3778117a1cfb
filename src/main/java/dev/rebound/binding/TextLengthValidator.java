package dev.rebound.binding;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class TextLengthValidator implements ConstraintValidator<TextLength, String> {

    private int min;
    private int max;
    private boolean allowBlank;

    @Override
    public void initialize(TextLength annotation) {
        min = annotation.min();
        max = annotation.max();
        allowBlank = annotation.allowBlank();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String problem = problem(value);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    private String problem(String value) {
        if (!allowBlank && isBlank(value)) {
            return "must not be blank";
        }
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            return "must be at least " + min + (min == 1 ? " character" : " characters") + " long";
        }
        if (length > max) {
            return "must be at most " + max + " characters long";
        }
        return null;
    }

    /** Blank in Unicode's sense: no-break and other exotic spaces count, which {@link String#isBlank()} misses. */
    public static boolean isBlank(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
