package org.eaihub.canonical.shipment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/**
 * Command to the SCM to ship (status {@code REQUESTED}) or cancel (status {@code CANCELLED}) a shipment; the SCM
 * reports progress with {@link ShowShipment}.
 */
public record ProcessShipment(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid Shipment shipment) implements CanonicalMessage {
}
