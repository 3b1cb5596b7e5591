package org.eaihub.canonical.customer;

/** Whether a customer is a person or an organisation. */
public enum PartyType {
    INDIVIDUAL,
    ENTERPRISE
}
