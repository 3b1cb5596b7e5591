package org.eaihub.hub.customer360;

import java.util.List;
import java.util.Optional;

import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.Customer360;
import org.eaihub.canonical.customer.SourceStatus;
import org.eaihub.canonical.shipment.Shipment;

/**
 * The rules of a customer 360 answer, without any I/O. The CRM's profile is the answer's core: without it there is
 * no answer (the CRM is the customer master, and its cross-references are the only way to the customer's ids in the
 * ERP and the SCM). The ERP's and the SCM's parts are optional: a system that did not answer leaves its part empty,
 * and {@code sources} names it with why (timeout, unreachable, error, or no id for the customer in that system).
 * The answer is complete when every source answered.
 */
public final class Customer360Assembly {

    private Customer360Assembly() {
    }

    /** The customer's id in another system, from the CRM's cross-references. */
    public static Optional<String> idIn(Customer profile, SystemCode system) {
        return profile.crossReferences().stream().filter(r -> r.system() == system).map(CrossReference::id)
                .filter(id -> !id.isBlank()).findFirst();
    }

    public static Customer360 assemble(SourceOutcome<Customer> crm, SourceOutcome<ErpAccount> erp,
            SourceOutcome<List<Shipment>> scm) {
        if (!crm.answered() || crm.value() == null) {
            throw new IllegalArgumentException("a customer 360 needs the CRM's profile");
        }
        ErpAccount account = erp.answered() ? erp.value() : null;
        List<Shipment> shipments = scm.answered() ? scm.value() : List.of();
        List<SourceStatus> sources = List.of(crm.status(), erp.status(), scm.status());
        return new Customer360(crm.value(), List.of(), List.of(),
                account == null ? null : account.receivableBalance(), shipments, sources,
                account == null ? List.of() : account.aging(),
                account == null ? List.of() : account.openItems(),
                account == null ? null : account.currentMonth(),
                account == null ? List.of() : account.tradeHistory());
    }

    /** Whether every system asked answered. */
    public static boolean complete(Customer360 view) {
        return view.sources().stream().allMatch(s -> s.reason() == null);
    }

    /** The systems that did not answer, e.g. {@code [ERP]}. */
    public static List<SystemCode> missing(Customer360 view) {
        return view.sources().stream().filter(s -> s.reason() != null).map(SourceStatus::system).toList();
    }
}
