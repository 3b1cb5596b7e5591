package org.eaihub.erp.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in the company code currency: two decimals, commercial rounding. */
public final class Money {

    /** The company code currency: the price list, credit limits and receivables are kept in it. */
    public static final String CURRENCY = "CNY";
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal of(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String value) {
        return of(new BigDecimal(value));
    }

    /** Plain text for messages, e.g. {@code 1234.50}. */
    public static String text(BigDecimal value) {
        return of(value).toPlainString();
    }
}
