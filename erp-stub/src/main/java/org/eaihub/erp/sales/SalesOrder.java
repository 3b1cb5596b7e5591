package org.eaihub.erp.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eaihub.erp.credit.CreditCheck;

/**
 * A sales order (VBAK) with its items. Its status fields are SAP's: overall (GBSTK), delivery (LFSTK) and
 * billing (FKSTK) status, A not yet processed, C completely processed; credit status CMGST; reason for
 * rejection ABGRU once cancelled. Goods issue delivers and bills the whole order at once.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {

    public static final String OPEN = "A";
    public static final String COMPLETE = "C";

    @Id
    @Column(name = "vbeln", length = 10)
    private String number;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @Column(name = "auart", nullable = false)
    private String orderType;

    @Column(name = "vkorg", nullable = false)
    private String salesOrganization;

    @Column(name = "vtweg", nullable = false)
    private String distributionChannel;

    @Column(name = "spart", nullable = false)
    private String division;

    @Column(name = "kunag", nullable = false)
    private String soldTo;

    @Column(name = "kunwe", nullable = false)
    private String shipTo;

    @Column(name = "bstkd")
    private String customerPo;

    @Column(name = "bstdk")
    private LocalDate customerPoDate;

    @Column(name = "vdatu")
    private LocalDate requestedDelivery;

    @Column(name = "erdat", nullable = false)
    private LocalDate createdOn;

    @Column(name = "erzet", nullable = false)
    private LocalTime createdTime;

    @Column(name = "ernam", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "waerk", nullable = false)
    private String currency;

    @Column(name = "zterm", nullable = false)
    private String paymentTerms;

    @Column(name = "netwr", nullable = false, precision = 15, scale = 2)
    private BigDecimal net;

    @Column(name = "mwsbk", nullable = false, precision = 15, scale = 2)
    private BigDecimal tax;

    @Column(name = "brtwr", nullable = false, precision = 15, scale = 2)
    private BigDecimal gross;

    @Column(name = "cmgst", nullable = false)
    private String creditStatus;

    @Column(name = "gbstk", nullable = false)
    private String overallStatus;

    @Column(name = "lfstk", nullable = false)
    private String deliveryStatus;

    @Column(name = "fkstk", nullable = false)
    private String billingStatus;

    @Column(name = "abgru")
    private String rejectionReason;

    @Column(name = "vbeln_vl")
    private String delivery;

    @Column(name = "vbeln_vf")
    private String invoice;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SalesOrderItem> items = new ArrayList<>();

    protected SalesOrder() {
    }

    public static SalesOrder create(String number, OrderHeader header, Pricing.Result priced,
            CreditCheck.Status creditStatus, LocalDate createdOn, LocalTime createdTime, String createdBy,
            Instant createdAt) {
        SalesOrder order = new SalesOrder();
        order.number = number;
        order.orderType = header.orderType();
        order.salesOrganization = header.salesOrganization();
        order.distributionChannel = header.distributionChannel();
        order.division = header.division();
        order.soldTo = header.soldTo();
        order.shipTo = header.shipTo();
        order.customerPo = header.customerPo();
        order.customerPoDate = header.customerPoDate();
        order.requestedDelivery = header.requestedDelivery();
        order.currency = header.currency();
        order.paymentTerms = header.paymentTerms();
        order.createdOn = createdOn;
        order.createdTime = createdTime;
        order.createdBy = createdBy;
        order.createdAt = createdAt;
        order.net = priced.net();
        order.tax = priced.tax();
        order.gross = priced.gross();
        order.creditStatus = creditStatus.code();
        order.overallStatus = OPEN;
        order.deliveryStatus = OPEN;
        order.billingStatus = OPEN;
        for (Pricing.Line line : priced.lines()) {
            order.items.add(new SalesOrderItem(order, line));
        }
        return order;
    }

    public boolean isCancelled() {
        return rejectionReason != null;
    }

    public boolean isDelivered() {
        return COMPLETE.equals(deliveryStatus);
    }

    public boolean isCreditBlocked() {
        return CreditCheck.Status.of(creditStatus) == CreditCheck.Status.BLOCKED;
    }

    /** Rejects every item: the order is complete without delivery. */
    public void cancel(String reason) {
        if (isDelivered()) {
            throw new IllegalStateException("Order " + number + " is delivered");
        }
        rejectionReason = reason;
        overallStatus = COMPLETE;
    }

    public void setCreditStatus(CreditCheck.Status status) {
        creditStatus = status.code();
    }

    /** Goods issue and billing done: the order is completely processed. */
    public void delivered(String deliveryNumber, String invoiceNumber) {
        if (isCancelled() || isDelivered()) {
            throw new IllegalStateException("Order " + number + " cannot be delivered");
        }
        delivery = deliveryNumber;
        invoice = invoiceNumber;
        deliveryStatus = COMPLETE;
        billingStatus = COMPLETE;
        overallStatus = COMPLETE;
    }

    public String number() { return number; }
    public String orderType() { return orderType; }
    public String salesOrganization() { return salesOrganization; }
    public String distributionChannel() { return distributionChannel; }
    public String division() { return division; }
    public String soldTo() { return soldTo; }
    public String shipTo() { return shipTo; }
    public String customerPo() { return customerPo; }
    public LocalDate customerPoDate() { return customerPoDate; }
    public LocalDate requestedDelivery() { return requestedDelivery; }
    public LocalDate createdOn() { return createdOn; }
    public LocalTime createdTime() { return createdTime; }
    public String createdBy() { return createdBy; }
    public String currency() { return currency; }
    public String paymentTerms() { return paymentTerms; }
    public BigDecimal net() { return net; }
    public BigDecimal tax() { return tax; }
    public BigDecimal gross() { return gross; }
    public String creditStatus() { return creditStatus; }
    public String overallStatus() { return overallStatus; }
    public String deliveryStatus() { return deliveryStatus; }
    public String billingStatus() { return billingStatus; }
    public String rejectionReason() { return rejectionReason; }
    public String delivery() { return delivery; }
    public String invoice() { return invoice; }
    public List<SalesOrderItem> items() { return List.copyOf(items); }
}
