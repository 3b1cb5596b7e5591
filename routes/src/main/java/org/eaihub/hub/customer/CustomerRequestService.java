package org.eaihub.hub.customer;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.adapters.crm.CrmCustomerViews;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Violation;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.canonical.customer.ShowCustomerPartyMaster;
import org.eaihub.canonical.customer.SyncCustomerPartyMaster;
import org.eaihub.hub.backend.CrmClient;

/**
 * What backends ask of the customer master through the hub's entry points (JMS {@code hub.in.customer}, REST,
 * SOAP). A {@link GetCustomerPartyMaster} is answered from the CRM, the master, by the customer's CRM id or ERP
 * number. A {@link SyncCustomerPartyMaster} from a backend is a change proposed by that backend, applied by
 * ownership: only the ERP sends one (it owns credit grade and limit, which are mirrored into the CRM); the fields
 * the CRM owns are never taken from it, and a difference in them is recorded as {@code NOT_OWNER}. The CRM's own
 * changes come through {@code crm.customer.events}; the SCM owns no customer field.
 */
public class CustomerRequestService {

    public enum Outcome { CREDIT_MIRRORED, REFUSED_NOT_OWNER, CREDIT_MIRRORED_REST_REFUSED, NOTHING_CHANGED }

    private final CrmClient crm;
    private final SyncConflicts conflicts;

    public CustomerRequestService(CrmClient crm, SyncConflicts conflicts) {
        this.crm = crm;
        this.conflicts = conflicts;
    }

    /** The customer the query names, as the CRM holds it; no customer when the CRM has none by that reference. */
    public ShowCustomerPartyMaster inquire(GetCustomerPartyMaster query) {
        CrossReference ref = query.customerRef();
        Optional<JsonNode> view = switch (ref.system()) {
            case CRM -> crm.customer(ref.id());
            case ERP -> crm.customerIdByErpNumber(ref.id()).flatMap(crm::customer);
            default -> throw new CanonicalValidationException(query.envelope().messageType(), new Violation(
                    "customerRef.system", "oneOf [CRM, ERP]", "customers are looked up by their CRM id or ERP number"));
        };
        List<Customer> customers = view.map(CrmCustomerViews::toCanonical).stream().toList();
        return new ShowCustomerPartyMaster(Envelope.causedBy(query.envelope(), ShowCustomerPartyMaster.class,
                SystemCode.HUB, query.envelope().businessKey()), customers);
    }

    /** Applies a backend's customer change by ownership; see the class comment. */
    public Outcome apply(SyncCustomerPartyMaster change) {
        Envelope envelope = change.envelope();
        if (envelope.sourceSystem() != SystemCode.ERP) {
            throw new CanonicalValidationException(envelope.messageType(), new Violation("envelope.sourceSystem",
                    "equals ERP", "only the ERP sends customer changes here; the CRM's come through its own events"));
        }
        Customer proposed = change.customer();
        JsonNode view = crm.customer(proposed.customerId()).orElse(null);
        if (view == null) {
            conflicts.record(proposed.customerId(), erpNumber(proposed), "ERP", SyncConflicts.Kind.UNKNOWN_CUSTOMER,
                    "the CRM has no customer with this id", envelope.messageId());
            return Outcome.NOTHING_CHANGED;
        }
        Customer current = CrmCustomerViews.toCanonical(view);
        List<String> notOwned = FieldOwnership.changedFields(FieldOwnership.Owner.CRM, current, proposed);
        if (!notOwned.isEmpty()) {
            conflicts.record(current.customerId(), erpNumber(current), "ERP", SyncConflicts.Kind.NOT_OWNER,
                    "the ERP proposed changes to fields the CRM owns: " + notOwned, envelope.messageId());
        }
        if (FieldOwnership.changedFields(FieldOwnership.Owner.ERP, current, proposed).isEmpty()) {
            return notOwned.isEmpty() ? Outcome.NOTHING_CHANGED : Outcome.REFUSED_NOT_OWNER;
        }
        crm.updateCredit(current.customerId(), proposed.creditGrade(),
                proposed.creditLimit() == null ? null : proposed.creditLimit().amount(),
                proposed.creditLimit() == null ? null : proposed.creditLimit().currency(),
                CrmCustomerViews.creditBlocked(view));
        return notOwned.isEmpty() ? Outcome.CREDIT_MIRRORED : Outcome.CREDIT_MIRRORED_REST_REFUSED;
    }

    /** The query for the customer a change is about, caused by the change. */
    public static GetCustomerPartyMaster queryFor(SyncCustomerPartyMaster change) {
        return new GetCustomerPartyMaster(Envelope.causedBy(change.envelope(), GetCustomerPartyMaster.class,
                SystemCode.HUB, change.customer().customerId()),
                new CrossReference(SystemCode.CRM, change.customer().customerId()));
    }

    private static String erpNumber(Customer customer) {
        return CustomerSyncService.erpNumberOf(customer).orElse(null);
    }
}
