/** Every change to the customer master leaves the CRM as a canonical SyncCustomerPartyMaster through the outbox. */
package org.eaihub.crm.events;
