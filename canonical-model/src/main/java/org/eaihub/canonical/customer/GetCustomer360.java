package org.eaihub.canonical.customer;

import static org.eaihub.canonical.common.Patterns.ID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/**
 * Query for the customer-360 view of one customer; the hub answers with {@link ShowCustomer360}.
 *
 * @param customerId the hub-wide customer id
 */
public record GetCustomer360(
        @NotNull @Valid Envelope envelope,
        @NotNull @Pattern(regexp = ID) String customerId) implements CanonicalMessage {
}
