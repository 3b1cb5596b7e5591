/**
 * The ERP adapter: translates between the canonical model and the ERP's own vocabulary (its published WSDL and
 * notification schema). Plain code: the hub's routes call it, it knows nothing of Camel.
 */
package org.eaihub.adapters.erp;
