package org.eaihub.crm.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An order as the REST API shows it; {@code history} only when one order is read. */
public record OrderView(
        String orderNumber,
        String customerId,
        OrderStatus status,
        String statusReason,
        String currency,
        LocalDate requestedDeliveryDate,
        List<Line> lines,
        BigDecimal payableAmount,
        String clientReference,
        String erpOrderNumber,
        String trackingNumber,
        String invoiceNumber,
        SalesOrderRecord.Channel channel,
        Instant orderedAt,
        Instant lastModified,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StatusEntry> history) {

    public record Line(int lineNo, String sku, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            BigDecimal lineAmount) {
    }

    public static OrderView of(SalesOrderRecord o, List<StatusEntry> history) {
        List<Line> lines = o.getLines().stream().map(l -> new Line(l.lineNo(), l.sku(), plain(l.quantity()),
                l.unitCode(), money(l.unitPrice()), money(l.lineAmount()))).toList();
        return new OrderView(o.getOrderNumber(), o.getCustomerId(), o.getStatus(), o.getStatusReason(),
                o.getCurrency(), o.getRequestedDeliveryDate(), lines, money(o.getPayableAmount()),
                o.getClientReference(), o.getErpOrderNumber(), o.getTrackingNumber(), o.getInvoiceNumber(),
                o.getChannel(), o.getOrderedAt(), o.getLastModified(), history);
    }

    /** An amount without the database's trailing zeros, but with at least two decimals. */
    static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}
