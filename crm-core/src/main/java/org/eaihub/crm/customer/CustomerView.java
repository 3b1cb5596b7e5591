package org.eaihub.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A customer as the CRM's REST API shows it. */
public record CustomerView(
        String id,
        PartyKind kind,
        String name,
        String taxId,
        String email,
        String phone,
        CustomerRequest.Individual individual,
        CustomerRequest.Enterprise enterprise,
        List<PostalAddress> addresses,
        List<ContactPerson> contacts,
        String preferredChannel,
        Lifecycle lifecycle,
        String reasonForLeaving,
        CustomerState status,
        String statusReason,
        Grade grade,
        String classification,
        boolean keyAccount,
        Credit credit,
        CrossReferences crossReferences,
        String owner,
        String team,
        Visibility visibility,
        Set<String> restrictedTo,
        String mergedInto,
        long version,
        Instant createdAt,
        Instant lastModified) {

    /** The credit the ERP grants; read-only in the CRM. */
    public record Credit(String grade, BigDecimal limit, String currency, boolean blocked) {
    }

    public record CrossReferences(String crm, String erp, String scm) {
    }

    public static CustomerView of(CustomerRecord r) {
        CustomerRequest.Individual individual = r.getKind() == PartyKind.INDIVIDUAL
                ? new CustomerRequest.Individual(r.getGender(), r.getBirthDate(), r.getMaritalStatus(), r.getEmployer(),
                        r.getJobTitle(), r.getIncomeBand())
                : null;
        CustomerRequest.Enterprise enterprise = r.getKind() == PartyKind.ENTERPRISE
                ? new CustomerRequest.Enterprise(r.getIndustry(), r.getEmployeeCount(), r.getFoundedOn(),
                        r.getSalesRegion(), r.getLegalRepresentative())
                : null;
        return new CustomerView(r.getId(), r.getKind(), r.getName(), r.getTaxId(), r.getEmail(), r.getPhone(),
                individual, enterprise, List.copyOf(r.getAddresses()), List.copyOf(r.getContacts()),
                r.getPreferredChannel(), r.getLifecycle(), r.getReasonForLeaving(), r.getStatus(), r.getStatusReason(),
                r.getGrade(), r.getClassification(), r.isKeyAccount(),
                new Credit(r.getCreditGrade(), r.getCreditLimit(), r.getCreditCurrency(), r.isCreditBlocked()),
                new CrossReferences(r.getId(), r.getErpNumber(), r.getScmPartyId()), r.getOwner(), r.getTeam(),
                r.getVisibility(), Set.copyOf(r.getRestrictedTo()), r.getMergedInto(), r.getVersion(),
                r.getCreatedAt(), r.getLastModified());
    }
}
