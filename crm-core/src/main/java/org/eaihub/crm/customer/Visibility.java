package org.eaihub.crm.customer;

/** Shared with all CRM staff, or restricted to its owner, the owner's team and named staff. */
public enum Visibility { SHARED, RESTRICTED }
