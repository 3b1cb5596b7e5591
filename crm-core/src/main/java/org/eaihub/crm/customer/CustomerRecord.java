package org.eaihub.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

/**
 * A customer card: basic, family and career data for individuals, business, transaction and principal data for
 * enterprises, contacts, addresses, lifecycle, grade, key-account flag, the credit the ERP grants (read-only here),
 * the ids other systems give the customer, and who may see the record.
 */
@Entity
@Table(name = "customer")
public class CustomerRecord {
    @Id @Column(name = "id")
    private String id;
    @Enumerated(EnumType.STRING) @Column(name = "kind")
    private PartyKind kind;
    @Column(name = "name")
    private String name;
    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "tax_id")
    private String taxId;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "gender")
    private String gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "marital_status")
    private String maritalStatus;
    @Column(name = "employer")
    private String employer;
    @Column(name = "job_title")
    private String jobTitle;
    @Column(name = "income_band")
    private String incomeBand;
    @Column(name = "industry")
    private String industry;
    @Column(name = "employee_count")
    private Integer employeeCount;
    @Column(name = "founded_on")
    private LocalDate foundedOn;
    @Column(name = "sales_region")
    private String salesRegion;
    @Column(name = "legal_representative")
    private String legalRepresentative;
    @Column(name = "preferred_channel")
    private String preferredChannel;
    @Enumerated(EnumType.STRING) @Column(name = "lifecycle")
    private Lifecycle lifecycle;
    @Column(name = "reason_for_leaving")
    private String reasonForLeaving;
    @Enumerated(EnumType.STRING) @Column(name = "status")
    private CustomerState status;
    @Column(name = "status_reason")
    private String statusReason;
    @Enumerated(EnumType.STRING) @Column(name = "grade")
    private Grade grade;
    @Column(name = "classification")
    private String classification;
    @Column(name = "key_account")
    private boolean keyAccount;
    @Column(name = "credit_grade")
    private String creditGrade;
    @Column(name = "credit_limit")
    private BigDecimal creditLimit;
    @Column(name = "credit_currency")
    private String creditCurrency;
    @Column(name = "credit_blocked")
    private boolean creditBlocked;
    @Column(name = "erp_number")
    private String erpNumber;
    @Column(name = "scm_party_id")
    private String scmPartyId;
    @Column(name = "owner_name")
    private String owner;
    @Column(name = "team")
    private String team;
    @Enumerated(EnumType.STRING) @Column(name = "visibility")
    private Visibility visibility;
    @Column(name = "merged_into")
    private String mergedInto;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_modified")
    private Instant lastModified;
    /** Kept equal to {@code taxId} while the record is not merged away; unique in the database. */
    @Column(name = "active_tax_id")
    private String activeTaxId;

    /** Kept equal to {@code email} while the record is not merged away; unique in the database. */
    @Column(name = "active_email")
    private String activeEmail;

    /*
     * Every change sets lastModified, which bumps the version; the collections are excluded from optimistic locking
     * so that Hibernate does not bump it a second time when it writes them (it did so even on insert).
     */
    /** Null until first saved, so that saving a new record persists it (Spring Data tells new from old by it). */
    @Version
    @Column(name = "version")
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "customer_address", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<PostalAddress> addresses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "customer_restricted_to", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "username")
    private Set<String> restrictedTo = new LinkedHashSet<>();

    protected CustomerRecord() {
    }

    public CustomerRecord(String id) {
        this.id = id;
        this.status = CustomerState.ACTIVE;
        this.lifecycle = Lifecycle.POTENTIAL;
        this.visibility = Visibility.SHARED;
    }

    @PrePersist
    @PreUpdate
    void keepUniqueKeys() {
        boolean live = status != CustomerState.MERGED;
        activeTaxId = live ? taxId : null;
        activeEmail = live ? email : null;
    }

    public boolean isMerged() {
        return status == CustomerState.MERGED;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public List<PostalAddress> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<PostalAddress> addresses) {
        this.addresses.clear();
        this.addresses.addAll(addresses);
    }

    public List<ContactPerson> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactPerson> contacts) {
        this.contacts.clear();
        this.contacts.addAll(contacts);
    }

    public Set<String> getRestrictedTo() {
        return restrictedTo;
    }

    public void setRestrictedTo(Set<String> restrictedTo) {
        this.restrictedTo.clear();
        this.restrictedTo.addAll(restrictedTo);
    }

    public String getId() {
        return id;
    }

    public PartyKind getKind() {
        return kind;
    }

    public void setKind(PartyKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public void setNameKey(String nameKey) {
        this.nameKey = nameKey;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(String maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getIncomeBand() {
        return incomeBand;
    }

    public void setIncomeBand(String incomeBand) {
        this.incomeBand = incomeBand;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Integer getEmployeeCount() {
        return employeeCount;
    }

    public void setEmployeeCount(Integer employeeCount) {
        this.employeeCount = employeeCount;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public String getSalesRegion() {
        return salesRegion;
    }

    public void setSalesRegion(String salesRegion) {
        this.salesRegion = salesRegion;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(String preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public String getReasonForLeaving() {
        return reasonForLeaving;
    }

    public void setReasonForLeaving(String reasonForLeaving) {
        this.reasonForLeaving = reasonForLeaving;
    }

    public CustomerState getStatus() {
        return status;
    }

    public void setStatus(CustomerState status) {
        this.status = status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public boolean isKeyAccount() {
        return keyAccount;
    }

    public void setKeyAccount(boolean keyAccount) {
        this.keyAccount = keyAccount;
    }

    public String getCreditGrade() {
        return creditGrade;
    }

    public void setCreditGrade(String creditGrade) {
        this.creditGrade = creditGrade;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public String getCreditCurrency() {
        return creditCurrency;
    }

    public void setCreditCurrency(String creditCurrency) {
        this.creditCurrency = creditCurrency;
    }

    public boolean isCreditBlocked() {
        return creditBlocked;
    }

    public void setCreditBlocked(boolean creditBlocked) {
        this.creditBlocked = creditBlocked;
    }

    public String getErpNumber() {
        return erpNumber;
    }

    public void setErpNumber(String erpNumber) {
        this.erpNumber = erpNumber;
    }

    public String getScmPartyId() {
        return scmPartyId;
    }

    public void setScmPartyId(String scmPartyId) {
        this.scmPartyId = scmPartyId;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(String mergedInto) {
        this.mergedInto = mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public void setLastModified(Instant lastModified) {
        this.lastModified = lastModified;
    }
}
