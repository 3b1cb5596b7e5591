package org.eaihub.crm.importing;

import java.util.List;

import org.eaihub.crm.quality.FieldError;

/**
 * What became of one row (numbered from 1): created with its new id, a duplicate of an existing customer or of
 * an earlier row (with the rule that matched), or invalid (with the field errors).
 */
public record RowResult(int row, Outcome outcome, String customerId, String duplicateOf, Integer duplicateOfRow,
        String rule, List<FieldError> errors) {

    public enum Outcome { CREATED, DUPLICATE_OF_EXISTING, DUPLICATE_IN_FILE, INVALID }
}
