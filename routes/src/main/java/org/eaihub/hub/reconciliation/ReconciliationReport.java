package org.eaihub.hub.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * What a reconciliation found between the CRM's and the ERP's customer masters, in three groups, and what it
 * repaired.
 *
 * @param onlyInCrm live CRM customers the ERP does not hold (no ERP number, or one the ERP does not know)
 * @param onlyInErp ERP customers no live CRM customer refers to
 * @param different customers in both whose fields differ, with the ERP field names that differ and the side that
 *                  owns them
 */
public record ReconciliationReport(Instant startedAt, Instant finishedAt, String instance, boolean repair,
        int crmCustomers, int erpCustomers, List<String> onlyInCrm, List<String> onlyInErp, List<Drift> different,
        int repaired, List<String> repairFailures) {

    /** A customer held by both systems whose fields differ. */
    public record Drift(String customerId, String erpNumber, List<String> crmOwnedFields, List<String> erpOwnedFields) {
    }

    public boolean inSync() {
        return onlyInCrm.isEmpty() && onlyInErp.isEmpty() && different.isEmpty();
    }
}
