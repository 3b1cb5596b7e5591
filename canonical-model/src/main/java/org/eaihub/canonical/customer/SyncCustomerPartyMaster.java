package org.eaihub.canonical.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/**
 * Broadcast of the customer master after it was created or changed in the CRM (OAGIS SyncCustomerPartyMaster).
 * Receivers keep the record with the highest {@link Customer#version()} and ignore older ones.
 */
public record SyncCustomerPartyMaster(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid Customer customer) implements CanonicalMessage {
}
