package org.eaihub.canonical.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eaihub.canonical.internal.CrossFieldRulesValidator;

/** Marks a {@link CrossFieldRules} type so that Bean Validation checks its cross-field rules. */
@Documented
@Constraint(validatedBy = CrossFieldRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CrossFieldChecked {

    String message() default "crossField";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
