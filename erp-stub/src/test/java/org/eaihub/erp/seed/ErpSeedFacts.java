package org.eaihub.erp.seed;

/** What the initial data load guarantees, for the tests of other features. */
public final class ErpSeedFacts {

    /** Seed customer 5: one open invoice, 31 to 60 days old on the day of the load. */
    public static final String CUSTOMER_5 = "0010000005";

    private ErpSeedFacts() {
    }
}
