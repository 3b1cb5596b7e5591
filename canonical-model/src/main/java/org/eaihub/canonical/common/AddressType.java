package org.eaihub.canonical.common;

/** What an address is used for. */
public enum AddressType {
    BILLING,
    SHIPPING,
    REGISTERED,
    POSTAL
}
