package org.eaihub.canonical.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.common.CrossReference;

/**
 * Query for one customer master record by its id in any system; answered by {@link ShowCustomerPartyMaster}.
 *
 * @param customerRef the customer's id and the system that assigned it (CRM for the hub-wide customer id)
 */
public record GetCustomerPartyMaster(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid CrossReference customerRef) implements CanonicalMessage {
}
