package org.eaihub.crm.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A sales order as the CRM keeps it: what was ordered, by whom, and where the order-to-cash saga has got to. */
@Entity
@Table(name = "sales_order")
public class SalesOrderRecord {

    public enum Channel { REST, JMS }

    @Id @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "customer_id")
    private String customerId;
    @Enumerated(EnumType.STRING) @Column(name = "status")
    private OrderStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "currency")
    private String currency;
    @Column(name = "requested_delivery_date")
    private LocalDate requestedDeliveryDate;
    @Column(name = "payable_amount")
    private BigDecimal payableAmount;
    @Column(name = "client_reference")
    private String clientReference;
    @Column(name = "erp_order_number")
    private String erpOrderNumber;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "invoice_number")
    private String invoiceNumber;
    @Enumerated(EnumType.STRING) @Column(name = "channel")
    private Channel channel;
    @Column(name = "captured_by")
    private String capturedBy;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;
    @Column(name = "ordered_at")
    private Instant orderedAt;
    @Column(name = "last_modified")
    private Instant lastModified;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sales_order_line", joinColumns = @JoinColumn(name = "order_number"))
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrderRecord() {
    }

    SalesOrderRecord(String orderNumber, String customerId, String currency, LocalDate requestedDeliveryDate,
            List<OrderLine> lines, String clientReference, Channel channel, String capturedBy, String idempotencyKey,
            String requestFingerprint, Instant orderedAt) {
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.status = OrderStatus.CAPTURED;
        this.currency = currency;
        this.requestedDeliveryDate = requestedDeliveryDate;
        this.lines = new ArrayList<>(lines);
        this.payableAmount = lines.stream().map(OrderLine::lineAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.clientReference = clientReference;
        this.channel = channel;
        this.capturedBy = capturedBy;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.orderedAt = orderedAt;
        this.lastModified = orderedAt;
    }

    /** Moves the order to a reported status, keeping the reference or reason the report carried. */
    void apply(StatusReport report, Instant now) {
        status = report.status();
        if (report.erpOrderNumber() != null) {
            erpOrderNumber = report.erpOrderNumber();
        }
        if (report.trackingNumber() != null) {
            trackingNumber = report.trackingNumber();
        }
        if (report.invoiceNumber() != null) {
            invoiceNumber = report.invoiceNumber();
        }
        statusReason = report.reason();
        lastModified = now;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCustomerId() {
        return customerId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getRequestedDeliveryDate() {
        return requestedDeliveryDate;
    }

    public BigDecimal getPayableAmount() {
        return payableAmount;
    }

    public String getClientReference() {
        return clientReference;
    }

    public String getErpOrderNumber() {
        return erpOrderNumber;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getCapturedBy() {
        return capturedBy;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }
}
