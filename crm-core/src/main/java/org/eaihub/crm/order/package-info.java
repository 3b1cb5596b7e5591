/**
 * Sales orders taken in the CRM (REST, and {@code crm.in.order} for backends), handed to the hub as canonical
 * ProcessSalesOrder through the outbox, and the status of each order-to-cash step the hub reports back (Dell's
 * order watch): the order's current status and the history of its steps. An order inherits its customer's
 * record access.
 */
package org.eaihub.crm.order;
