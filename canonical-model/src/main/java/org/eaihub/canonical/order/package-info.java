/**
 * The sales order: {@code ProcessSalesOrder} / {@code AcknowledgeSalesOrder} (command and reply),
 * {@code SyncSalesOrder} (status change broadcast) and {@code Get/ShowSalesOrder} (query).
 */
package org.eaihub.canonical.order;
