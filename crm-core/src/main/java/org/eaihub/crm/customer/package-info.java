/** The customer master: one clean, shared, secured record per customer, fed from every channel. */
package org.eaihub.crm.customer;
