/** Billing: {@code SyncInvoice} and {@code SyncPayment}, broadcast by the ERP. */
package org.eaihub.canonical.billing;
