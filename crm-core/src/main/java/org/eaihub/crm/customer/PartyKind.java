package org.eaihub.crm.customer;

public enum PartyKind { INDIVIDUAL, ENTERPRISE }
