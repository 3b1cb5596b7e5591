package org.eaihub.canonical.inventory;

import static org.eaihub.canonical.common.Patterns.ID;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eaihub.canonical.internal.Lists;

/**
 * Stock held in the SCM for a sales order (inventory lock), possibly for part of the ordered quantities.
 *
 * @param reservationId the SCM's reservation id (absent in a request)
 * @param salesOrderId  the order the stock is held for
 * @param status        where the reservation stands
 * @param lines         one line per order line, at least one
 * @param expiresAt     when the SCM releases the stock unless the order ships
 */
public record Reservation(
        @Pattern(regexp = ID) String reservationId,
        @NotNull @Pattern(regexp = ID) String salesOrderId,
        @NotNull ReservationStatus status,
        @JacksonXmlProperty(localName = "line")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ReservationLine> lines,
        Instant expiresAt) {

    public Reservation {
        lines = Lists.copyOf(lines);
    }
}
