package org.eaihub.adapters.erp;

import java.math.BigDecimal;

import org.eaihub.adapters.erp.client.AUART;
import org.eaihub.adapters.erp.client.ORDERHEADERIN;
import org.eaihub.adapters.erp.client.ORDERITEMIN;
import org.eaihub.adapters.erp.client.ORDERITEMSIN;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.canonical.order.SalesOrderLine;

/**
 * A canonical sales order in the ERP's words: a standard order (AUART TA) for the sold-to party, the hub's order
 * number as the customer's reference (BSTKD), one item per line with the SKU as material (MATNR). The ERP prices
 * the items from its own price list; the canonical prices are not sent.
 */
public final class ErpOrderMapper {

    /** ABGRU 10: what the hub gives as reason when it cancels an order it could not fulfil. */
    public static final String REJECTION_UNFULFILLABLE = "10";

    private ErpOrderMapper() {
    }

    public static ORDERHEADERIN header(SalesOrder order, String soldTo) {
        ORDERHEADERIN header = new ORDERHEADERIN();
        header.setAUART(AUART.TA);
        header.setKUNAG(soldTo);
        header.setBSTKD(order.salesOrderId());
        header.setWAERK(order.currency());
        return header;
    }

    public static ORDERITEMSIN items(SalesOrder order) {
        ORDERITEMSIN items = new ORDERITEMSIN();
        int position = 10;
        for (SalesOrderLine line : order.lines()) {
            ORDERITEMIN item = new ORDERITEMIN();
            item.setPOSNR(String.format("%06d", position));
            item.setMATNR(line.sku());
            item.setKWMENG(line.quantity());
            item.setVRKME(line.unitCode() == null ? "EA" : line.unitCode());
            items.getItem().add(item);
            position += 10;
        }
        return items;
    }

    /** The order's net value, as the credit check's new obligation. */
    public static BigDecimal obligation(SalesOrder order) {
        return order.payableAmount().amount();
    }
}
