package org.eaihub.canonical.order;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.internal.Lists;

/**
 * Answer to {@link GetSalesOrder}: the matching orders, none when nothing matched.
 *
 * @param salesOrders the matching orders
 */
public record ShowSalesOrder(
        @NotNull @Valid Envelope envelope,
        @JacksonXmlProperty(localName = "salesOrder")
        @Size(max = 100) List<@NotNull @Valid SalesOrder> salesOrders) implements CanonicalMessage {

    public ShowSalesOrder {
        salesOrders = Lists.copyOf(salesOrders);
    }
}
