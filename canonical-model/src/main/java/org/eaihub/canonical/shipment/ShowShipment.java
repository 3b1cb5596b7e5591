package org.eaihub.canonical.shipment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;

/** Shipment notice from the SCM: the shipment's current status, carrier and tracking number (OAGIS ShowShipment). */
public record ShowShipment(
        @NotNull @Valid Envelope envelope,
        @NotNull @Valid Shipment shipment) implements CanonicalMessage {
}
