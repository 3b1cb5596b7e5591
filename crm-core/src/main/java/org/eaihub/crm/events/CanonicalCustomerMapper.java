package org.eaihub.crm.events;

import java.util.ArrayList;
import java.util.List;

import org.eaihub.canonical.common.Address;
import org.eaihub.canonical.common.AddressType;
import org.eaihub.canonical.common.Contact;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.Customer;
import org.eaihub.canonical.customer.CustomerGrade;
import org.eaihub.canonical.customer.CustomerStatus;
import org.eaihub.canonical.customer.EnterpriseDetails;
import org.eaihub.canonical.customer.IndividualDetails;
import org.eaihub.canonical.customer.LifecycleStage;
import org.eaihub.canonical.customer.PartyType;
import org.eaihub.crm.customer.ContactPerson;
import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.CustomerState;
import org.eaihub.crm.customer.Lifecycle;
import org.eaihub.crm.customer.PartyKind;
import org.eaihub.crm.customer.PostalAddress;

/** The CRM's customer card as the canonical {@link Customer}. */
public final class CanonicalCustomerMapper {

    private CanonicalCustomerMapper() {
    }

    public static Customer toCanonical(CustomerRecord r) {
        boolean merged = r.getStatus() == CustomerState.MERGED;
        List<Contact> contacts = new ArrayList<>();
        if (r.getEmail() != null || r.getPhone() != null) {
            contacts.add(new Contact(null, null, r.getEmail(), r.getPhone(), Boolean.TRUE));
        }
        for (ContactPerson c : r.getContacts()) {
            contacts.add(new Contact(c.name(), c.jobTitle(), c.email(), c.phone(), c.primary()));
        }
        List<Address> addresses = new ArrayList<>();
        for (PostalAddress a : r.getAddresses()) {
            addresses.add(new Address(AddressType.valueOf(a.type()), a.line1(), a.line2(), a.city(), a.region(),
                    a.postalCode(), a.countryCode()));
        }
        List<CrossReference> references = new ArrayList<>();
        references.add(new CrossReference(SystemCode.CRM, r.getId()));
        if (r.getErpNumber() != null) {
            references.add(new CrossReference(SystemCode.ERP, r.getErpNumber()));
        }
        if (r.getScmPartyId() != null) {
            references.add(new CrossReference(SystemCode.SCM, r.getScmPartyId()));
        }
        return Customer.builder()
                .customerId(r.getId())
                .partyType(r.getKind() == PartyKind.INDIVIDUAL ? PartyType.INDIVIDUAL : PartyType.ENTERPRISE)
                .name(r.getName())
                .individual(r.getKind() == PartyKind.INDIVIDUAL ? new IndividualDetails(null, null, r.getBirthDate())
                        : null)
                .enterprise(r.getKind() == PartyKind.ENTERPRISE ? new EnterpriseDetails(r.getTaxId(), r.getIndustry(),
                        r.getFoundedOn(), r.getEmployeeCount(), r.getSalesRegion()) : null)
                .contacts(contacts)
                .addresses(addresses)
                .lifecycleStage(LifecycleStage.valueOf(r.getLifecycle().name()))
                .reasonForLeaving(r.getLifecycle() == Lifecycle.FORMER ? r.getReasonForLeaving() : null)
                .status(merged ? CustomerStatus.INACTIVE : CustomerStatus.valueOf(r.getStatus().name()))
                .statusReason(merged ? "merged into " + r.getMergedInto() : r.getStatusReason())
                .grade(r.getGrade() == null ? null : CustomerGrade.valueOf(r.getGrade().name()))
                .classification(r.getClassification())
                .keyAccount(r.isKeyAccount())
                .creditGrade(r.getCreditGrade())
                .creditLimit(r.getCreditLimit() == null ? null : new Money(r.getCreditLimit(), r.getCreditCurrency()))
                .crossReferences(references)
                .version(r.getVersion())
                .lastModified(r.getLastModified())
                .build();
    }
}
