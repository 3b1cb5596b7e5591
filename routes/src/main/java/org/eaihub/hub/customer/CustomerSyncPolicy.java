package org.eaihub.hub.customer;

import org.eaihub.canonical.customer.Customer;

/**
 * Decides what happens to a customer master change from the CRM on its way to the ERP, given what the hub last
 * did for that customer. Versions are the CRM's (it is the master); the fingerprint is the CRM-owned part the hub
 * last wrote into the ERP.
 *
 * @param lastAppliedVersion the highest CRM version applied so far, or -1
 * @param lastWrittenFingerprint the fingerprint of the CRM-owned part last written to the ERP, or null
 */
public record CustomerSyncPolicy(long lastAppliedVersion, String lastWrittenFingerprint) {

    public static CustomerSyncPolicy none() {
        return new CustomerSyncPolicy(-1, null);
    }

    public SyncDecision decide(Customer incoming) {
        if (incoming.version() <= lastAppliedVersion) {
            return SyncDecision.STALE;
        }
        if (FieldOwnership.fingerprint(FieldOwnership.Owner.CRM, incoming).equals(lastWrittenFingerprint)) {
            return SyncDecision.ECHO;
        }
        return SyncDecision.APPLY;
    }
}
