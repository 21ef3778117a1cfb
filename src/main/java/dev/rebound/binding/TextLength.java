package dev.rebound.binding;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bounds text by Unicode code points (so an emoji counts once) and, unless {@code allowBlank}, refuses
 * text that is only whitespace. {@code null} is valid: pair with {@code @NotNull} for required text.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = TextLengthValidator.class)
public @interface TextLength {

    int min() default 0;

    int max();

    boolean allowBlank() default true;

    String message() default "has an invalid length";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
