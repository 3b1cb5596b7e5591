package org.eaihub.canonical.order;

import static org.eaihub.canonical.common.Patterns.CURRENCY_CODE;
import static org.eaihub.canonical.common.Patterns.ID;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.internal.Lists;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;
import org.eaihub.canonical.validation.CrossFieldViolations;

/**
 * A sales order. Field names of amounts follow UBL 2.1; every amount is in the order's {@link #currency()}.
 *
 * @param salesOrderId          the hub-wide order id (assigned where the order was taken, usually the CRM)
 * @param customerId            the ordering customer's hub-wide id
 * @param status                where the order is in its lifecycle
 * @param statusReason          why the order is in its status, e.g. why it was rejected
 * @param orderedAt             when the order was placed (UBL IssueDate/IssueTime)
 * @param requestedDeliveryDate the delivery date agreed at order time (应时配送: neither late nor early)
 * @param currency              ISO 4217 document currency (UBL DocumentCurrencyCode)
 * @param lines                 the order lines, at least one
 * @param payableAmount         the order total (UBL LegalMonetaryTotal/PayableAmount)
 * @param deliveryAddress       where to deliver
 * @param note                  free text from the customer
 * @param crossReferences       the order's ids in the ERP and SCM
 * @param version               the order record's version, incremented on each change
 * @param lastModified          when the order record last changed
 */
@CrossFieldChecked
public record SalesOrder(
        @NotNull @Pattern(regexp = ID) String salesOrderId,
        @NotNull @Pattern(regexp = ID) String customerId,
        @NotNull SalesOrderStatus status,
        @Size(min = 1, max = 500) String statusReason,
        @NotNull Instant orderedAt,
        LocalDate requestedDeliveryDate,
        @NotNull @Pattern(regexp = CURRENCY_CODE) String currency,
        @JacksonXmlProperty(localName = "line")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid SalesOrderLine> lines,
        @NotNull @Valid Money payableAmount,
        @Valid Address deliveryAddress,
        @Size(min = 1, max = 2000) String note,
        @JacksonXmlProperty(localName = "crossReference")
        @Size(max = 10) List<@NotNull @Valid CrossReference> crossReferences,
        @NotNull @PositiveOrZero Long version,
        @NotNull Instant lastModified) implements CrossFieldRules {

    public SalesOrder {
        lines = Lists.copyOf(lines);
        crossReferences = Lists.copyOf(crossReferences);
    }

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (currency == null) {
            return;
        }
        checkCurrency(payableAmount, "payableAmount.currency", violations);
        for (int i = 0; i < lines.size(); i++) {
            SalesOrderLine line = lines.get(i);
            if (line != null) {
                checkCurrency(line.priceAmount(), "lines[" + i + "].priceAmount.currency", violations);
                checkCurrency(line.lineExtensionAmount(), "lines[" + i + "].lineExtensionAmount.currency",
                        violations);
            }
        }
    }

    private void checkCurrency(Money money, String path, CrossFieldViolations violations) {
        if (money != null && money.currency() != null && !money.currency().equals(currency)) {
            violations.add(path, "equals currency");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link SalesOrder}; lists default to empty, {@code version} to 0. */
    public static final class Builder {
        private String salesOrderId;
        private String customerId;
        private SalesOrderStatus status;
        private String statusReason;
        private Instant orderedAt;
        private LocalDate requestedDeliveryDate;
        private String currency;
        private List<SalesOrderLine> lines = List.of();
        private Money payableAmount;
        private Address deliveryAddress;
        private String note;
        private List<CrossReference> crossReferences = List.of();
        private Long version = 0L;
        private Instant lastModified;

        private Builder() {
        }

        private Builder(SalesOrder o) {
            salesOrderId = o.salesOrderId;
            customerId = o.customerId;
            status = o.status;
            statusReason = o.statusReason;
            orderedAt = o.orderedAt;
            requestedDeliveryDate = o.requestedDeliveryDate;
            currency = o.currency;
            lines = o.lines;
            payableAmount = o.payableAmount;
            deliveryAddress = o.deliveryAddress;
            note = o.note;
            crossReferences = o.crossReferences;
            version = o.version;
            lastModified = o.lastModified;
        }

        public Builder salesOrderId(String value) {
            salesOrderId = value;
            return this;
        }

        public Builder customerId(String value) {
            customerId = value;
            return this;
        }

        public Builder status(SalesOrderStatus value) {
            status = value;
            return this;
        }

        public Builder statusReason(String value) {
            statusReason = value;
            return this;
        }

        public Builder orderedAt(Instant value) {
            orderedAt = value;
            return this;
        }

        public Builder requestedDeliveryDate(LocalDate value) {
            requestedDeliveryDate = value;
            return this;
        }

        public Builder currency(String value) {
            currency = value;
            return this;
        }

        public Builder lines(List<SalesOrderLine> value) {
            lines = value;
            return this;
        }

        public Builder payableAmount(Money value) {
            payableAmount = value;
            return this;
        }

        public Builder deliveryAddress(Address value) {
            deliveryAddress = value;
            return this;
        }

        public Builder note(String value) {
            note = value;
            return this;
        }

        public Builder crossReferences(List<CrossReference> value) {
            crossReferences = value;
            return this;
        }

        public Builder version(Long value) {
            version = value;
            return this;
        }

        public Builder lastModified(Instant value) {
            lastModified = value;
            return this;
        }

        public SalesOrder build() {
            return new SalesOrder(salesOrderId, customerId, status, statusReason, orderedAt, requestedDeliveryDate,
                    currency, lines, payableAmount, deliveryAddress, note, crossReferences, version, lastModified);
        }
    }
}
