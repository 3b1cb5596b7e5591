/**
 * Customer master synchronization between the CRM and the ERP: who owns which field, which change applies,
 * which is stale, and which is only the echo of the hub's own write.
 */
package org.eaihub.hub.customer;
