package org.eaihub.hub.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eaihub.adapters.erp.ErpCustomerMapper;
import org.eaihub.adapters.erp.client.CUSTOMER;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;

/**
 * Compares the two customer masters field by field according to ownership: for a customer both hold, the fields
 * the CRM owns as the ERP would hold them, and the credit fields the ERP owns as the CRM mirrors them. Pure.
 */
public final class CustomerComparison {

    /** The CRM's side of a customer: the canonical record and its mirrored credit block. */
    public record CrmSide(Customer customer, boolean creditBlocked) {
    }

    public record Result(List<String> onlyInCrm, List<String> onlyInErp, List<ReconciliationReport.Drift> different,
            Map<String, CUSTOMER> erpByNumber) {
    }

    private CustomerComparison() {
    }

    public static Result compare(List<CrmSide> crm, List<CUSTOMER> erp) {
        Map<String, CUSTOMER> erpByNumber = new HashMap<>();
        erp.forEach(c -> erpByNumber.put(c.getKUNNR(), c));
        Set<String> referenced = new HashSet<>();
        List<String> onlyInCrm = new ArrayList<>();
        List<ReconciliationReport.Drift> different = new ArrayList<>();
        for (CrmSide side : crm) {
            Customer customer = side.customer();
            String number = customer.crossReferences().stream().filter(r -> r.system() == SystemCode.ERP)
                    .map(CrossReference::id).findFirst().orElse(null);
            CUSTOMER held = number == null ? null : erpByNumber.get(number);
            if (held == null) {
                if (ErpCustomerMapper.unsyncableReason(customer).isEmpty()) {
                    onlyInCrm.add(customer.customerId());
                }
                continue;
            }
            referenced.add(number);
            List<String> crmOwned = ErpCustomerMapper.differences(held, ErpCustomerMapper.toChange(customer));
            List<String> erpOwned = new ArrayList<>();
            if (!sameAmount(held.getKLIMK(), customer.creditLimit() == null ? null : customer.creditLimit().amount())) {
                erpOwned.add("KLIMK");
            }
            if ("X".equals(held.getCRBLB()) != side.creditBlocked()) {
                erpOwned.add("CRBLB");
            }
            if (!crmOwned.isEmpty() || !erpOwned.isEmpty()) {
                different.add(new ReconciliationReport.Drift(customer.customerId(), number, crmOwned, erpOwned));
            }
        }
        List<String> onlyInErp = erp.stream().map(CUSTOMER::getKUNNR).filter(n -> !referenced.contains(n)).sorted()
                .toList();
        return new Result(onlyInCrm, onlyInErp, different, erpByNumber);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
