/** Accounts receivable: open items, aging, incoming payments and clearing. */
package org.eaihub.erp.receivables;
