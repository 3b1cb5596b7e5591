package org.eaihub.canonical.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eaihub.canonical.Violation;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the model's Bean Validation constraints (Hibernate Validator) and turns each violation into a
 * {@link Violation} whose rule uses JSON Schema's words ({@code required}, {@code maxLength 200},
 * {@code pattern [A-Z]{2}}, {@code minimum 0}). Messages are built from the rule, never from the value.
 * Internal: not part of the public API.
 */
public final class BeanValidation {

    private static final class Holder {
        /** One factory per JVM: building it is costly, using it is thread-safe. Never closed on purpose. */
        private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private final Validator validator = Holder.FACTORY.getValidator();

    public List<Violation> validate(Object value) {
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> violation : found) {
            violations.add(toViolation(violation));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
        return violations;
    }

    private static Violation toViolation(ConstraintViolation<?> violation) {
        String path = Paths.of(violation.getPropertyPath());
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return new Violation(path, "required", "is required");
        }
        if (constraint instanceof Size size) {
            return size(path, size, value);
        }
        if (constraint instanceof Pattern pattern) {
            return new Violation(path, "pattern " + pattern.regexp(), "must match the pattern " + pattern.regexp());
        }
        if (constraint instanceof Digits digits) {
            return digits(path, digits, value);
        }
        if (constraint instanceof PositiveOrZero) {
            return new Violation(path, "minimum 0", "must be zero or more");
        }
        if (constraint instanceof Positive) {
            return new Violation(path, "exclusiveMinimum 0", "must be more than zero");
        }
        if (constraint instanceof Min min) {
            return new Violation(path, "minimum " + min.value(), "must be at least " + min.value());
        }
        if (constraint instanceof Max max) {
            return new Violation(path, "maximum " + max.value(), "must be at most " + max.value());
        }
        if (constraint instanceof DecimalMin min) {
            return new Violation(path, "minimum " + min.value(), "must be at least " + min.value());
        }
        if (constraint instanceof DecimalMax max) {
            return new Violation(path, "maximum " + max.value(), "must be at most " + max.value());
        }
        if (constraint instanceof CrossFieldChecked) {
            String rule = unescapeTemplate(violation.getMessageTemplate());
            return new Violation(path, rule, crossFieldMessage(rule));
        }
        String name = constraint.annotationType().getSimpleName();
        String rule = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return new Violation(path, rule, "breaks the rule " + rule);
    }

    private static Violation size(String path, Size size, Object value) {
        int length = value instanceof CharSequence text ? text.length()
                : value instanceof Collection<?> collection ? collection.size() : -1;
        boolean text = value instanceof CharSequence;
        String unit = text ? "characters" : "items";
        if (length >= 0 && length < size.min()) {
            return new Violation(path, (text ? "minLength " : "minItems ") + size.min(),
                    "must have at least " + size.min() + " " + unit);
        }
        return new Violation(path, (text ? "maxLength " : "maxItems ") + size.max(),
                "must have at most " + size.max() + " " + unit);
    }

    private static Violation digits(String path, Digits digits, Object value) {
        if (value instanceof BigDecimal decimal && decimal.scale() > digits.fraction()) {
            return new Violation(path, "maxFractionDigits " + digits.fraction(),
                    "must have at most " + digits.fraction() + " digits after the decimal point");
        }
        return new Violation(path, "maxIntegerDigits " + digits.integer(),
                "must have at most " + digits.integer() + " digits before the decimal point");
    }

    private static String crossFieldMessage(String rule) {
        if (rule.startsWith("requiredWhen ")) {
            return "is required when " + rule.substring("requiredWhen ".length());
        }
        if (rule.startsWith("onlyWhen ")) {
            return "is allowed only when " + rule.substring("onlyWhen ".length());
        }
        if (rule.startsWith("equals ")) {
            return "must equal " + rule.substring("equals ".length());
        }
        if (rule.startsWith("maximum ")) {
            return "must be at most " + rule.substring("maximum ".length());
        }
        return "breaks the rule " + rule;
    }

    private static String unescapeTemplate(String template) {
        StringBuilder rule = new StringBuilder(template.length());
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                c = template.charAt(++i);
            }
            rule.append(c);
        }
        return rule.toString();
    }
}
