/**
 * The customer: master data ({@code SyncCustomerPartyMaster}, {@code Get/ShowCustomerPartyMaster}) and the
 * aggregated customer-360 view ({@code Get/ShowCustomer360}).
 */
package org.eaihub.canonical.customer;
