/** The ERP's deterministic initial data, loaded on the first start. */
package org.eaihub.erp.seed;
