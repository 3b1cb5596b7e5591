package org.eaihub.canonical.customer;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eaihub.canonical.billing.Invoice;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.internal.Lists;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.shipment.Shipment;

/**
 * One customer as all systems see it: the CRM's master record, the ERP's orders, invoices and receivables and the
 * SCM's shipments. A part whose system did not answer is empty, and {@link #sources()} says so.
 *
 * @param customer           the customer master record (CRM)
 * @param recentOrders       the customer's recent sales orders (ERP)
 * @param openInvoices       invoices not yet paid in full (ERP)
 * @param receivableBalance  the amount the customer owes (ERP accounts receivable)
 * @param recentShipments    the customer's recent shipments (SCM)
 * @param sources            one entry per system asked
 */
public record Customer360(
        @NotNull @Valid Customer customer,
        @JacksonXmlProperty(localName = "recentOrder")
        @Size(max = 100) List<@NotNull @Valid SalesOrder> recentOrders,
        @JacksonXmlProperty(localName = "openInvoice")
        @Size(max = 100) List<@NotNull @Valid Invoice> openInvoices,
        @Valid Money receivableBalance,
        @JacksonXmlProperty(localName = "recentShipment")
        @Size(max = 100) List<@NotNull @Valid Shipment> recentShipments,
        @JacksonXmlProperty(localName = "source")
        @Size(max = 10) List<@NotNull @Valid SourceStatus> sources) {

    public Customer360 {
        recentOrders = Lists.copyOf(recentOrders);
        openInvoices = Lists.copyOf(openInvoices);
        recentShipments = Lists.copyOf(recentShipments);
        sources = Lists.copyOf(sources);
    }
}
