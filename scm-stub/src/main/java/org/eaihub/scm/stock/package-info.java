/**
 * Warehouses, products and stock per SKU and warehouse (on hand, reserved, available = on hand - reserved),
 * the reorder rule that raises replenishment demand, available-to-promise over REST, and the first-start seed.
 */
package org.eaihub.scm.stock;
