/** Number ranges: how the ERP assigns customer, order, delivery, billing, payment and notification numbers. */
package org.eaihub.erp.numbering;
