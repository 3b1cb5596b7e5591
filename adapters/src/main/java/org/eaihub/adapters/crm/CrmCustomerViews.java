package org.eaihub.adapters.crm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.AddressType;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.CustomerStatus;
import org.eaihub.canonical.customer.EnterpriseDetails;
import org.eaihub.canonical.customer.LifecycleStage;
import org.eaihub.canonical.customer.PartyType;

/** A customer as the CRM's REST API shows it ({@code GET /api/customers}), in the canonical form. */
public final class CrmCustomerViews {

    private CrmCustomerViews() {
    }

    public static Customer toCanonical(JsonNode view) {
        boolean enterprise = "ENTERPRISE".equals(view.path("kind").asText());
        List<Contact> contacts = new ArrayList<>();
        if (!view.path("email").isNull() || !view.path("phone").isNull()) {
            contacts.add(new Contact(null, null, text(view, "email"), text(view, "phone"), Boolean.TRUE));
        }
        List<Address> addresses = new ArrayList<>();
        for (JsonNode a : view.path("addresses")) {
            addresses.add(new Address(AddressType.valueOf(a.path("type").asText()), text(a, "line1"), text(a, "line2"),
                    text(a, "city"), text(a, "region"), text(a, "postalCode"), text(a, "countryCode")));
        }
        List<CrossReference> references = new ArrayList<>();
        references.add(new CrossReference(SystemCode.CRM, view.path("id").asText()));
        if (text(view.at("/crossReferences"), "erp") != null) {
            references.add(new CrossReference(SystemCode.ERP, view.at("/crossReferences/erp").asText()));
        }
        if (text(view.at("/crossReferences"), "scm") != null) {
            references.add(new CrossReference(SystemCode.SCM, view.at("/crossReferences/scm").asText()));
        }
        JsonNode credit = view.path("credit");
        String status = view.path("status").asText("ACTIVE");
        return Customer.builder()
                .customerId(view.path("id").asText())
                .partyType(enterprise ? PartyType.ENTERPRISE : PartyType.INDIVIDUAL)
                .name(view.path("name").asText())
                .enterprise(enterprise ? new EnterpriseDetails(text(view, "taxId"), null, null, null, null) : null)
                .contacts(contacts)
                .addresses(addresses)
                .lifecycleStage(LifecycleStage.valueOf(view.path("lifecycle").asText("POTENTIAL")))
                .status("MERGED".equals(status) ? CustomerStatus.INACTIVE : CustomerStatus.valueOf(status))
                .keyAccount(view.path("keyAccount").asBoolean())
                .creditGrade(text(credit, "grade"))
                .creditLimit(credit.path("limit").isNumber()
                        ? new Money(credit.path("limit").decimalValue(), text(credit, "currency")) : null)
                .crossReferences(references)
                .version(view.path("version").asLong())
                .lastModified(view.hasNonNull("lastModified") ? Instant.parse(view.path("lastModified").asText())
                        : Instant.EPOCH)
                .build();
    }

    /** Whether the CRM says the customer is credit-blocked (the ERP's block, mirrored). */
    public static boolean creditBlocked(JsonNode view) {
        return view.at("/credit/blocked").asBoolean();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
