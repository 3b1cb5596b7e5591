package org.eaihub.hub.customer;

/** What the hub last did for a customer: the CRM version applied, the ERP number, the CRM part written there. */
public record SyncState(String customerId, long crmVersion, String erpNumber, String crmFingerprint) {

    public CustomerSyncPolicy policy() {
        return new CustomerSyncPolicy(crmVersion, crmFingerprint);
    }
}
