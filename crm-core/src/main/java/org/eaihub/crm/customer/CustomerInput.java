package org.eaihub.crm.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.FieldError;
import org.eaihub.crm.quality.MatchKeys;
import org.eaihub.crm.quality.Normalizer;

/**
 * A request after normalization and the rules Bean Validation cannot express: the form every channel's input
 * takes before it touches the customer master.
 */
public record CustomerInput(CustomerRequest request, String nameKey) {

    public static CustomerInput of(CustomerRequest r, Normalizer normalizer) {
        List<FieldError> errors = new ArrayList<>();
        if (r.creditGrade() != null) {
            errors.add(new FieldError("creditGrade", "readOnly", "is owned by the ERP and cannot be set in the CRM"));
        }
        if (r.creditLimit() != null) {
            errors.add(new FieldError("creditLimit", "readOnly", "is owned by the ERP and cannot be set in the CRM"));
        }
        String name = Normalizer.text(r.name());
        if (name == null) {
            errors.add(new FieldError("name", "required", "must not be blank"));
        }
        String email = Normalizer.email(r.email(), "email", errors);
        String phone = normalizer.phone(r.phone(), "phone", errors);
        if (r.kind() == PartyKind.INDIVIDUAL && r.enterprise() != null) {
            errors.add(new FieldError("enterprise", "onlyWhen kind=ENTERPRISE", "is for enterprise customers"));
        }
        if (r.kind() == PartyKind.ENTERPRISE && r.individual() != null) {
            errors.add(new FieldError("individual", "onlyWhen kind=INDIVIDUAL", "is for individual customers"));
        }
        if (r.lifecycle() == Lifecycle.FORMER && Normalizer.text(r.reasonForLeaving()) == null) {
            errors.add(new FieldError("reasonForLeaving", "requiredWhen lifecycle=FORMER",
                    "a former customer's card keeps why the customer left"));
        }
        if (r.status() == CustomerState.BLACKLISTED && Normalizer.text(r.statusReason()) == null) {
            errors.add(new FieldError("statusReason", "requiredWhen status=BLACKLISTED", "must say why"));
        }
        if (r.status() == CustomerState.MERGED) {
            errors.add(new FieldError("status", "notSettable", "MERGED is set by a merge only"));
        }
        List<CustomerRequest.AddressDto> addresses = new ArrayList<>();
        if (r.addresses() != null) {
            for (CustomerRequest.AddressDto a : r.addresses()) {
                addresses.add(new CustomerRequest.AddressDto(a.type(), Normalizer.text(a.line1()),
                        Normalizer.text(a.line2()), Normalizer.text(a.city()), Normalizer.text(a.region()),
                        Normalizer.upper(a.postalCode()), a.countryCode() == null ? null
                                : a.countryCode().toUpperCase(Locale.ROOT)));
            }
        }
        List<CustomerRequest.ContactDto> contacts = new ArrayList<>();
        if (r.contacts() != null) {
            for (int i = 0; i < r.contacts().size(); i++) {
                CustomerRequest.ContactDto c = r.contacts().get(i);
                contacts.add(new CustomerRequest.ContactDto(Normalizer.text(c.name()), Normalizer.text(c.jobTitle()),
                        Normalizer.email(c.email(), "contacts[" + i + "].email", errors),
                        normalizer.phone(c.phone(), "contacts[" + i + "].phone", errors), c.primary()));
            }
        }
        if (!errors.isEmpty()) {
            throw new CustomerValidationException(errors);
        }
        CustomerRequest normalized = new CustomerRequest(r.kind(), name, Normalizer.taxId(r.taxId()), email, phone,
                r.individual(), r.enterprise(), addresses, contacts, r.preferredChannel(),
                r.lifecycle() == null ? Lifecycle.POTENTIAL : r.lifecycle(), Normalizer.text(r.reasonForLeaving()),
                r.status() == null ? CustomerState.ACTIVE : r.status(), Normalizer.text(r.statusReason()), r.grade(),
                Normalizer.text(r.classification()), r.keyAccount(), r.visibility(), r.restrictedTo(),
                Normalizer.text(r.owner()), Normalizer.text(r.team()), Normalizer.text(r.erpNumber()),
                Normalizer.text(r.scmPartyId()), r.version(), null, null);
        return new CustomerInput(normalized, Normalizer.nameKey(name));
    }

    public MatchKeys keys(String customerId) {
        CustomerRequest.AddressDto first = request.addresses().isEmpty() ? null : request.addresses().get(0);
        return new MatchKeys(customerId, nameKey, request.taxId(), request.email(), request.phone(),
                first == null ? null : first.postalCode(), first == null ? null : Normalizer.nameKey(first.line1()));
    }

    public static MatchKeys keysOf(CustomerRecord r) {
        PostalAddress first = r.getAddresses().isEmpty() ? null : r.getAddresses().get(0);
        return new MatchKeys(r.getId(), r.getNameKey(), r.getTaxId(), r.getEmail(), r.getPhone(),
                first == null ? null : first.postalCode(), first == null ? null : Normalizer.nameKey(first.line1()));
    }
}
