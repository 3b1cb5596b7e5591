package org.eaihub.crm.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eaihub.crm.customer.ContactPerson;
import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.CustomerState;
import org.eaihub.crm.customer.Grade;
import org.eaihub.crm.customer.Lifecycle;
import org.eaihub.crm.customer.PostalAddress;
import org.eaihub.crm.customer.Visibility;

/**
 * Survivorship: which value a merged customer keeps. The survivor keeps its identity, owner and the credit the ERP
 * gave it; each empty field of the survivor is filled from the duplicate; e-mail and phone come from the record
 * changed last; addresses, contacts and named staff are combined; the further lifecycle stage, the higher grade,
 * the key-account flag and a blacklisting survive whichever side had them; a restricted record stays restricted.
 * Every decision is returned, by field, for the merge history.
 */
public final class CustomerMerger {

    public enum Source { SURVIVOR, DUPLICATE, COMBINED }

    private CustomerMerger() {
    }

    /** Merges {@code duplicate} into {@code survivor}; the caller marks the duplicate merged. */
    public static Map<String, Source> merge(CustomerRecord survivor, CustomerRecord duplicate) {
        Map<String, Source> decisions = new LinkedHashMap<>();
        fill(decisions, "taxId", survivor, duplicate, CustomerRecord::getTaxId, survivor::setTaxId);
        boolean duplicateIsNewer = duplicate.getLastModified() != null && survivor.getLastModified() != null
                && duplicate.getLastModified().isAfter(survivor.getLastModified());
        mostRecent(decisions, "email", survivor, duplicate, duplicateIsNewer, CustomerRecord::getEmail,
                survivor::setEmail);
        mostRecent(decisions, "phone", survivor, duplicate, duplicateIsNewer, CustomerRecord::getPhone,
                survivor::setPhone);
        fill(decisions, "gender", survivor, duplicate, CustomerRecord::getGender, survivor::setGender);
        fill(decisions, "birthDate", survivor, duplicate, CustomerRecord::getBirthDate, survivor::setBirthDate);
        fill(decisions, "maritalStatus", survivor, duplicate, CustomerRecord::getMaritalStatus,
                survivor::setMaritalStatus);
        fill(decisions, "employer", survivor, duplicate, CustomerRecord::getEmployer, survivor::setEmployer);
        fill(decisions, "jobTitle", survivor, duplicate, CustomerRecord::getJobTitle, survivor::setJobTitle);
        fill(decisions, "incomeBand", survivor, duplicate, CustomerRecord::getIncomeBand, survivor::setIncomeBand);
        fill(decisions, "industry", survivor, duplicate, CustomerRecord::getIndustry, survivor::setIndustry);
        fill(decisions, "employeeCount", survivor, duplicate, CustomerRecord::getEmployeeCount,
                survivor::setEmployeeCount);
        fill(decisions, "foundedOn", survivor, duplicate, CustomerRecord::getFoundedOn, survivor::setFoundedOn);
        fill(decisions, "salesRegion", survivor, duplicate, CustomerRecord::getSalesRegion, survivor::setSalesRegion);
        fill(decisions, "legalRepresentative", survivor, duplicate, CustomerRecord::getLegalRepresentative,
                survivor::setLegalRepresentative);
        fill(decisions, "preferredChannel", survivor, duplicate, CustomerRecord::getPreferredChannel,
                survivor::setPreferredChannel);
        fill(decisions, "classification", survivor, duplicate, CustomerRecord::getClassification,
                survivor::setClassification);
        if (survivor.getCreditLimit() == null && duplicate.getCreditLimit() != null) {
            survivor.setCreditGrade(duplicate.getCreditGrade());
            survivor.setCreditLimit(duplicate.getCreditLimit());
            survivor.setCreditCurrency(duplicate.getCreditCurrency());
            decisions.put("credit", Source.DUPLICATE);
        } else {
            decisions.put("credit", Source.SURVIVOR);
        }
        survivor.setCreditBlocked(survivor.isCreditBlocked() || duplicate.isCreditBlocked());
        if (survivor.getErpNumber() == null && duplicate.getErpNumber() != null) {
            survivor.setErpNumber(duplicate.getErpNumber());
            duplicate.setErpNumber(null);
            decisions.put("erpNumber", Source.DUPLICATE);
        }
        if (survivor.getScmPartyId() == null && duplicate.getScmPartyId() != null) {
            survivor.setScmPartyId(duplicate.getScmPartyId());
            decisions.put("scmPartyId", Source.DUPLICATE);
        }

        List<PostalAddress> addresses = new ArrayList<>(survivor.getAddresses());
        for (PostalAddress address : duplicate.getAddresses()) {
            boolean known = addresses.stream().anyMatch(a -> Objects.equals(Normalizer.nameKey(a.line1()),
                    Normalizer.nameKey(address.line1())) && Objects.equals(a.postalCode(), address.postalCode()));
            if (!known && addresses.size() < 20) {
                addresses.add(address);
            }
        }
        combine(decisions, "addresses", survivor.getAddresses().size(), addresses.size());
        survivor.setAddresses(addresses);

        List<ContactPerson> contacts = new ArrayList<>(survivor.getContacts());
        for (ContactPerson contact : duplicate.getContacts()) {
            boolean known = contacts.stream().anyMatch(c -> Objects.equals(c.name(), contact.name())
                    && Objects.equals(c.email(), contact.email()));
            if (!known && contacts.size() < 50) {
                contacts.add(contact);
            }
        }
        combine(decisions, "contacts", survivor.getContacts().size(), contacts.size());
        survivor.setContacts(contacts);

        var named = new LinkedHashSet<>(survivor.getRestrictedTo());
        named.addAll(duplicate.getRestrictedTo());
        combine(decisions, "restrictedTo", survivor.getRestrictedTo().size(), named.size());
        survivor.setRestrictedTo(named);
        if (duplicate.getVisibility() == Visibility.RESTRICTED && survivor.getVisibility() != Visibility.RESTRICTED) {
            survivor.setVisibility(Visibility.RESTRICTED);
            decisions.put("visibility", Source.DUPLICATE);
        }

        Lifecycle lifecycle = Lifecycle.moreAdvanced(survivor.getLifecycle(), duplicate.getLifecycle());
        if (lifecycle != survivor.getLifecycle()) {
            survivor.setLifecycle(lifecycle);
            survivor.setReasonForLeaving(lifecycle == Lifecycle.FORMER ? duplicate.getReasonForLeaving() : null);
            decisions.put("lifecycle", Source.DUPLICATE);
        }
        if (duplicate.getStatus() == CustomerState.BLACKLISTED && survivor.getStatus() != CustomerState.BLACKLISTED) {
            survivor.setStatus(CustomerState.BLACKLISTED);
            survivor.setStatusReason(duplicate.getStatusReason());
            decisions.put("status", Source.DUPLICATE);
        }
        Grade grade = Grade.higher(survivor.getGrade(), duplicate.getGrade());
        if (grade != survivor.getGrade()) {
            survivor.setGrade(grade);
            decisions.put("grade", Source.DUPLICATE);
        }
        if (duplicate.isKeyAccount() && !survivor.isKeyAccount()) {
            survivor.setKeyAccount(true);
            decisions.put("keyAccount", Source.DUPLICATE);
        }
        return decisions;
    }

    private static <T> void fill(Map<String, Source> decisions, String field, CustomerRecord survivor,
            CustomerRecord duplicate, Function<CustomerRecord, T> get, Consumer<T> set) {
        if (get.apply(survivor) == null && get.apply(duplicate) != null) {
            set.accept(get.apply(duplicate));
            decisions.put(field, Source.DUPLICATE);
        }
    }

    private static <T> void mostRecent(Map<String, Source> decisions, String field, CustomerRecord survivor,
            CustomerRecord duplicate, boolean duplicateIsNewer, Function<CustomerRecord, T> get, Consumer<T> set) {
        T fromDuplicate = get.apply(duplicate);
        if (fromDuplicate != null && (get.apply(survivor) == null || duplicateIsNewer)
                && !fromDuplicate.equals(get.apply(survivor))) {
            set.accept(fromDuplicate);
            decisions.put(field, Source.DUPLICATE);
        }
    }

    private static void combine(Map<String, Source> decisions, String field, int before, int after) {
        if (after > before) {
            decisions.put(field, Source.COMBINED);
        }
    }
}
