/** Trade history: a customer's orders and invoices by month. */
package org.eaihub.erp.history;
