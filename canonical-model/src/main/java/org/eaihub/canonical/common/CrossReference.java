package org.eaihub.canonical.common;

import static org.eaihub.canonical.common.Patterns.ID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id a record has in one system (a cross-reference), e.g. the ERP's customer number for a CRM customer.
 *
 * @param system the system that assigned the id
 * @param id     the id in that system
 */
public record CrossReference(
        @NotNull SystemCode system,
        @NotNull @Pattern(regexp = ID) String id) {
}
