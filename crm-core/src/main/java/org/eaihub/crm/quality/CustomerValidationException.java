package org.eaihub.crm.quality;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks field rules; the message names each field and rule, never the offending value. */
public class CustomerValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public CustomerValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.rule()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
