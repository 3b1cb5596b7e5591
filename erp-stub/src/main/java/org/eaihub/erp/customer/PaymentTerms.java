package org.eaihub.erp.customer;

import java.time.LocalDate;
import java.util.Arrays;

/** Terms of payment (ZTERM): how many days after the billing date an invoice falls due. */
public enum PaymentTerms {

    IMMEDIATE("0001", 0),
    NET_30("0030", 30),
    NET_60("0060", 60);

    private final String code;
    private final int days;

    PaymentTerms(String code, int days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    public int days() {
        return days;
    }

    public LocalDate dueDate(LocalDate baseline) {
        return baseline.plusDays(days);
    }

    public static PaymentTerms of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown terms of payment " + code));
    }
}
