/** Bulk import of customers from CSV or JSON, row by row, with a result per row. */
package org.eaihub.crm.importing;
