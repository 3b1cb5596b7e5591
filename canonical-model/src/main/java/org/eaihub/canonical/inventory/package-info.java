/**
 * Stock: {@code SyncInventoryBalance} (broadcast), {@code Get/ShowInventoryBalance} (query) and the reservation of
 * stock for an order, {@code ProcessReservation} / {@code AcknowledgeReservation}.
 */
package org.eaihub.canonical.inventory;
