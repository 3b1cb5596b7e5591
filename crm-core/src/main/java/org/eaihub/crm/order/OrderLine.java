package org.eaihub.crm.order;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an order: what, how many, at what price; the amount is quantity × unit price. */
@Embeddable
public record OrderLine(
        @Column(name = "line_no") int lineNo,
        @Column(name = "sku") String sku,
        @Column(name = "quantity") BigDecimal quantity,
        @Column(name = "unit_code") String unitCode,
        @Column(name = "unit_price") BigDecimal unitPrice,
        @Column(name = "line_amount") BigDecimal lineAmount) {
}
