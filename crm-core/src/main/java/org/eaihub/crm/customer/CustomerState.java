package org.eaihub.crm.customer;

/** The record's status; {@code MERGED} records live on only as a pointer to their survivor. */
public enum CustomerState { ACTIVE, INACTIVE, BLACKLISTED, MERGED }
