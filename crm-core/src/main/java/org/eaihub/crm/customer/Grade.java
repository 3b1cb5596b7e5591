package org.eaihub.crm.customer;

/** The customer pyramid (客户金字塔): VIP, major, ordinary, small. */
public enum Grade {
    VIP, MAJOR, ORDINARY, SMALL;

    public static Grade higher(Grade a, Grade b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
