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
 * @param receivablesAging   the open receivables by age (ERP), the four buckets 0-30, 31-60, 61-90, 90+ days
 * @param openItems          the open items behind the receivables (ERP), oldest first
 * @param currentMonth       this month's orders and invoicing (ERP sales statistics)
 * @param tradeHistory       the customer's trade per month over the last twelve months, oldest first (ERP)
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
        @Size(max = 10) List<@NotNull @Valid SourceStatus> sources,
        @JacksonXmlProperty(localName = "agingBucket")
        @Size(max = 10) List<@NotNull @Valid AgingBucket> receivablesAging,
        @JacksonXmlProperty(localName = "openItem")
        @Size(max = 1000) List<@NotNull @Valid OpenItem> openItems,
        @Valid TradePeriod currentMonth,
        @JacksonXmlProperty(localName = "tradePeriod")
        @Size(max = 120) List<@NotNull @Valid TradePeriod> tradeHistory) {

    public Customer360 {
        recentOrders = Lists.copyOf(recentOrders);
        openInvoices = Lists.copyOf(openInvoices);
        recentShipments = Lists.copyOf(recentShipments);
        sources = Lists.copyOf(sources);
        receivablesAging = Lists.copyOf(receivablesAging);
        openItems = Lists.copyOf(openItems);
        tradeHistory = Lists.copyOf(tradeHistory);
    }
}
