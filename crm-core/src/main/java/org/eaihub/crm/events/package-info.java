/**
 * What leaves the CRM, through the transactional outbox: every change to the customer master as a canonical
 * SyncCustomerPartyMaster, every captured order as a canonical ProcessSalesOrder.
 */
package org.eaihub.crm.events;
