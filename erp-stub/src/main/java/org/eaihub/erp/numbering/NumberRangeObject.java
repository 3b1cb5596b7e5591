package org.eaihub.erp.numbering;

/**
 * The ERP's number range objects and their intervals. Customer numbers continue the seed's numbering
 * ({@code 0010000001} is the first seeded customer); documents use SAP's customary ranges.
 */
public enum NumberRangeObject {

    /** Customer numbers (KUNNR). */
    DEBITOR(new NumberRangeInterval(10_000_001L, 19_999_999L, 10)),
    /** Sales orders (VBELN of VBAK). */
    SALES_ORDER(new NumberRangeInterval(100_001L, 9_999_999L, 10)),
    /** Outbound deliveries (VBELN of LIKP). */
    DELIVERY(new NumberRangeInterval(80_000_001L, 89_999_999L, 10)),
    /** Billing documents (VBELN of VBRK); their accounting documents carry the same number. */
    BILLING(new NumberRangeInterval(90_000_001L, 99_999_999L, 10)),
    /** Incoming payments (accounting documents of type DZ). */
    PAYMENT(new NumberRangeInterval(1_400_000_001L, 1_499_999_999L, 10)),
    /** Notification documents (DOCNUM of the control record). */
    NOTIFICATION(new NumberRangeInterval(1L, 9_999_999_999_999_999L, 16));

    private final NumberRangeInterval interval;

    NumberRangeObject(NumberRangeInterval interval) {
        this.interval = interval;
    }

    public NumberRangeInterval interval() {
        return interval;
    }
}
