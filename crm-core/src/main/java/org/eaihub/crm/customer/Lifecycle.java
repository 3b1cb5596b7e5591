package org.eaihub.crm.customer;

/** The customer card's life: potential (潜在客户卡) → current (现有客户卡) → former (旧客户卡, with the reason). */
public enum Lifecycle {
    POTENTIAL, CURRENT, FORMER;

    /** The further along of two stages, for merges: a current customer stays current. */
    public static Lifecycle moreAdvanced(Lifecycle a, Lifecycle b) {
        if (a == CURRENT || b == CURRENT) {
            return CURRENT;
        }
        return a == FORMER || b == FORMER ? FORMER : POTENTIAL;
    }
}
