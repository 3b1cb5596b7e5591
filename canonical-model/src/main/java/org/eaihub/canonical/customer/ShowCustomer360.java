package org.eaihub.canonical.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/**
 * Answer to {@link GetCustomer360}.
 *
 * @param customer360 the aggregated view; absent when the customer is unknown
 */
public record ShowCustomer360(
        @NotNull @Valid Envelope envelope,
        @Valid Customer360 customer360) implements CanonicalMessage {
}
