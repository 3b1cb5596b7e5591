package org.eaihub.hub.customer;

import java.util.Optional;

import org.eaihub.adapters.erp.ErpCustomerMapper;
import org.eaihub.adapters.erp.client.CUSTOMERCHANGEDATA;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CRM → ERP: applies a customer master change from the CRM to the ERP. A change newer than the last applied one
 * creates the customer in the ERP (and records the ERP's number in the CRM) or changes it there; an older one is
 * recorded as stale; one that changes nothing the CRM owns (e.g. the CRM mirrored the ERP's credit) is an echo
 * and goes no further. Every ERP call carries a request id derived from the CRM message, so a redelivered message
 * never creates a second customer.
 */
public class CustomerSyncService {

    public enum Outcome { CREATED, CHANGED, STALE, ECHO, NOT_SYNCABLE }

    private static final Logger LOG = LoggerFactory.getLogger(CustomerSyncService.class);

    private final CustomerSyncStore store;
    private final SyncConflicts conflicts;
    private final ErpGateway erp;
    private final CrmClient crm;

    public CustomerSyncService(CustomerSyncStore store, SyncConflicts conflicts, ErpGateway erp, CrmClient crm) {
        this.store = store;
        this.conflicts = conflicts;
        this.erp = erp;
        this.crm = crm;
    }

    public Outcome syncToErp(SyncCustomerPartyMaster message) {
        Customer customer = message.customer();
        String id = customer.customerId();
        String messageId = message.envelope().messageId();
        Optional<SyncState> state = store.find(id);
        SyncDecision decision = state.map(SyncState::policy).orElse(CustomerSyncPolicy.none()).decide(customer);
        if (decision == SyncDecision.STALE) {
            conflicts.record(id, state.get().erpNumber(), "CRM", SyncConflicts.Kind.STALE, "version "
                    + customer.version() + " arrived after version " + state.get().crmVersion(), messageId);
            return Outcome.STALE;
        }
        if (decision == SyncDecision.ECHO) {
            store.record(id, customer.version(), null, null);
            return Outcome.ECHO;
        }
        Optional<String> unsyncable = ErpCustomerMapper.unsyncableReason(customer);
        if (unsyncable.isPresent()) {
            conflicts.record(id, null, "CRM", SyncConflicts.Kind.MISSING_DATA, unsyncable.get(), messageId);
            store.record(id, customer.version(), null, null);
            return Outcome.NOT_SYNCABLE;
        }
        String requestId = "hub:" + messageId;
        String fingerprint = FieldOwnership.fingerprint(FieldOwnership.Owner.CRM, customer);
        String erpNumber = state.map(SyncState::erpNumber).or(() -> erpNumberOf(customer)).orElse(null);
        if (erpNumber == null) {
            erpNumber = erp.createCustomer(requestId, ErpCustomerMapper.toCreate(customer));
            // Recorded before the write-back: the CRM event that follows it must find the fingerprint (echo).
            store.record(id, customer.version(), erpNumber, fingerprint);
            crm.setErpNumber(id, erpNumber);
            LOG.info("Customer {} created in the ERP as {}", id, erpNumber);
            return Outcome.CREATED;
        }
        CUSTOMERCHANGEDATA change = ErpCustomerMapper.toChange(customer);
        if (state.isEmpty() && ErpCustomerMapper.holds(erp.customer(erpNumber).getCUSTOMER(), change)) {
            // First time the hub sees this customer (e.g. seeded in both systems): the ERP holds it already.
            store.record(id, customer.version(), erpNumber, fingerprint);
            return Outcome.ECHO;
        }
        erp.changeCustomer(requestId, erpNumber, change);
        store.record(id, customer.version(), erpNumber, fingerprint);
        return Outcome.CHANGED;
    }

    static Optional<String> erpNumberOf(Customer customer) {
        return customer.crossReferences().stream().filter(r -> r.system() == SystemCode.ERP)
                .map(CrossReference::id).findFirst();
    }
}
