/**
 * The ERP stub: an SAP-like ERP stand-in. Packages by feature: {@code customer} (master data), {@code credit}
 * (credit management), {@code sales} (price list and orders), {@code billing} (goods issue, delivery,
 * invoice), {@code receivables} (open items, aging, payments), {@code history} (trade by month); around them
 * {@code soap} (the contract-first service), {@code notification} (outbound notifications), {@code
 * idempotency}, {@code numbering}, {@code faults} (fault injection) and {@code seed} (the initial data).
 */
package org.eaihub.erp;
