package org.eaihub.canonical.customer;

/** The customer pyramid by revenue or profit in a period: top 1 %, next 4 %, next 15 %, remaining 80 %. */
public enum CustomerGrade {
    VIP,
    MAJOR,
    ORDINARY,
    SMALL
}
