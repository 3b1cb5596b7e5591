/** Shipping and billing: goods issue for an order, the outbound delivery, the invoice and its open item. */
package org.eaihub.erp.billing;
