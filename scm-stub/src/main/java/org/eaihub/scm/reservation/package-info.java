/**
 * Reservations: allocation of an order's lines across warehouses, holding the stock until the reservation is
 * shipped, released or expires, and lookup by order reference.
 */
package org.eaihub.scm.reservation;
