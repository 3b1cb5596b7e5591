package org.eaihub.canonical.common;

/** The systems that exchange canonical messages. */
public enum SystemCode {
    /** The CRM core, master of customer data. */
    CRM,
    /** The ERP system: orders, credit, invoicing, payments. */
    ERP,
    /** The SCM system: inventory, reservations, shipments. */
    SCM,
    /** The integration hub itself, e.g. for aggregated views. */
    HUB
}
