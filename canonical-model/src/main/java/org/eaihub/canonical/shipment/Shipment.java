package org.eaihub.canonical.shipment;

import static org.eaihub.canonical.common.Patterns.ID;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.internal.Lists;

/**
 * A shipment of (part of) a sales order.
 *
 * @param shipmentId            the SCM's shipment id
 * @param salesOrderId          the order shipped
 * @param status                where the shipment stands
 * @param carrier               the carrier's name or code
 * @param trackingNumber        the carrier's tracking number
 * @param shippedAt             when it was handed to the carrier
 * @param estimatedDeliveryDate when it is expected at the customer
 * @param deliveryAddress       where it goes
 * @param lines                 what it contains, at least one line
 */
public record Shipment(
        @NotNull @Pattern(regexp = ID) String shipmentId,
        @NotNull @Pattern(regexp = ID) String salesOrderId,
        @NotNull ShipmentStatus status,
        @Size(min = 1, max = 100) String carrier,
        @Pattern(regexp = ID) String trackingNumber,
        Instant shippedAt,
        LocalDate estimatedDeliveryDate,
        @Valid Address deliveryAddress,
        @JacksonXmlProperty(localName = "line")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ShipmentLine> lines) {

    public Shipment {
        lines = Lists.copyOf(lines);
    }
}
