package org.eaihub.canonical.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;

/**
 * Runs a type's {@link CrossFieldRules}. Each broken rule becomes one constraint violation whose message template is
 * the rule and whose last path node is the reported relative path, so the violation reads
 * {@code salesOrder.lines[2].priceAmount.currency}. Internal: not part of the public API.
 */
public final class CrossFieldRulesValidator implements ConstraintValidator<CrossFieldChecked, CrossFieldRules> {

    @Override
    public boolean isValid(CrossFieldRules value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean[] valid = {true};
        value.checkCrossFields((path, rule) -> {
            if (valid[0]) {
                context.disableDefaultConstraintViolation();
                valid[0] = false;
            }
            context.buildConstraintViolationWithTemplate(escapeTemplate(rule))
                    .addPropertyNode(path)
                    .addConstraintViolation();
        });
        return valid[0];
    }

    private static String escapeTemplate(String rule) {
        return rule.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
