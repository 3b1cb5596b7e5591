package org.eaihub.crm.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.crm.access.AuditEntry;
import org.eaihub.crm.access.AuditTrail;
import org.eaihub.crm.access.RecordAccess;
import org.eaihub.crm.access.RecordAccessDeniedException;
import org.eaihub.crm.access.Staff;
import org.eaihub.crm.access.StaffProperties;
import org.eaihub.crm.events.CustomerEvents;
import org.eaihub.crm.quality.CustomerMerger;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.DuplicateCustomerException;
import org.eaihub.crm.quality.DuplicateMatch;
import org.eaihub.crm.quality.FieldError;
import org.eaihub.crm.quality.MatchKeys;
import org.eaihub.crm.quality.MatchRules;
import org.eaihub.crm.quality.MergeHistoryEntry;
import org.eaihub.crm.quality.MergeHistoryRepository;
import org.eaihub.crm.quality.Normalizer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer master's use cases. Every change is normalized, checked for duplicates, audited and announced
 * (outbox) in one transaction; every refused access is audited in a transaction of its own.
 */
@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final MergeHistoryRepository merges;
    private final CustomerEvents events;
    private final AuditTrail audit;
    private final Normalizer normalizer;
    private final MatchRules rules;
    private final StaffProperties staffDirectory;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, MergeHistoryRepository merges, CustomerEvents events,
            AuditTrail audit, Normalizer normalizer, MatchRules rules, StaffProperties staffDirectory,
            ObjectMapper mapper, Clock clock) {
        this.customers = customers;
        this.merges = merges;
        this.events = events;
        this.audit = audit;
        this.normalizer = normalizer;
        this.rules = rules;
        this.staffDirectory = staffDirectory;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Normalizes a request; throws {@link CustomerValidationException} naming every broken rule. */
    public CustomerInput normalize(CustomerRequest request) {
        return CustomerInput.of(request, normalizer);
    }

    /** Live customers that look like the given one, by the configured match rules. */
    @Transactional(readOnly = true)
    public List<DuplicateMatch> findDuplicates(MatchKeys keys) {
        Map<String, CustomerRecord> candidates = new LinkedHashMap<>();
        if (keys.taxId() != null || keys.email() != null || keys.phone() != null) {
            customers.findLiveByExactKeys(keys.taxId(), keys.email(), keys.phone())
                    .forEach(c -> candidates.put(c.getId(), c));
        }
        if (keys.postalCode() != null) {
            customers.findLiveByPostalCode(keys.postalCode()).forEach(c -> candidates.putIfAbsent(c.getId(), c));
        }
        return rules.matches(keys, candidates.values().stream().map(CustomerInput::keysOf).toList());
    }

    @Transactional
    public CustomerRecord create(CustomerRequest request, Staff staff, boolean force) {
        CustomerInput input = normalize(request);
        List<DuplicateMatch> duplicates = findDuplicates(input.keys(null));
        if (duplicates.stream().anyMatch(d -> !force || !d.overridable())) {
            throw new DuplicateCustomerException(duplicates);
        }
        CustomerRecord record = new CustomerRecord(String.format("C-%06d", customers.nextCustomerNumber()));
        Instant now = clock.instant();
        apply(record, input, staff);
        record.setCreatedAt(now);
        record.setLastModified(now);
        customers.saveAndFlush(record);
        audit.record(staff, AuditEntry.Action.CREATE, record.getId(), json(snapshot(record)));
        events.changed(record);
        return record;
    }

    @Transactional
    public CustomerRecord read(String id, Staff staff) {
        CustomerRecord record = load(id);
        checkAccess(staff, record, "read");
        if (record.getVisibility() == Visibility.RESTRICTED) {
            audit.record(staff, AuditEntry.Action.READ_RESTRICTED, id, null);
        }
        return record;
    }

    @Transactional
    public CustomerRecord update(String id, CustomerRequest request, Staff staff) {
        CustomerRecord record = load(id);
        checkAccess(staff, record, "update");
        if (record.isMerged()) {
            throw new CustomerConflictException("Customer " + id + " was merged into " + record.getMergedInto());
        }
        if (request.version() == null) {
            throw new CustomerValidationException(List.of(new FieldError("version", "required",
                    "an update names the version it is based on")));
        }
        if (request.version() != record.getVersion()) {
            throw new CustomerConflictException("Customer " + id + " is at version " + record.getVersion()
                    + ", the update is based on version " + request.version());
        }
        CustomerInput input = normalize(request);
        List<DuplicateMatch> blocking = findDuplicates(input.keys(id)).stream().filter(d -> !d.overridable()).toList();
        if (!blocking.isEmpty()) {
            throw new DuplicateCustomerException(blocking);
        }
        Map<String, Object> before = snapshot(record);
        apply(record, input, staff);
        Map<String, Object[]> changes = diff(before, snapshot(record));
        if (changes.isEmpty()) {
            return record;
        }
        record.setLastModified(clock.instant());
        customers.saveAndFlush(record);
        audit.record(staff, AuditEntry.Action.UPDATE, id, json(changes));
        events.changed(record);
        return record;
    }

    /** The ids other systems gave the customer (the hub sets them); a null id leaves the present one. */
    @Transactional
    public CustomerRecord updateCrossReferences(String id, String erpNumber, String scmPartyId, Staff staff) {
        CustomerRecord record = load(id);
        Map<String, Object> before = snapshot(record);
        if (erpNumber != null) {
            record.setErpNumber(erpNumber);
        }
        if (scmPartyId != null) {
            record.setScmPartyId(scmPartyId);
        }
        Map<String, Object[]> changes = diff(before, snapshot(record));
        if (!changes.isEmpty()) {
            record.setLastModified(clock.instant());
            customers.saveAndFlush(record);
            audit.record(staff, AuditEntry.Action.UPDATE, id, json(changes));
            events.changed(record);
        }
        return record;
    }

    /** The credit the ERP grants, mirrored into the CRM (a null grade or limit leaves it): systems and admins only. */
    @Transactional
    public CustomerRecord updateCredit(String id, String grade, BigDecimal limit, String currency, boolean blocked,
            Staff staff) {
        CustomerRecord record = load(id);
        Map<String, Object> before = snapshot(record);
        if (grade != null) {
            record.setCreditGrade(grade);
        }
        if (limit != null) {
            record.setCreditLimit(limit);
            record.setCreditCurrency(currency);
        }
        record.setCreditBlocked(blocked);
        Map<String, Object[]> changes = diff(before, snapshot(record));
        if (!changes.isEmpty()) {
            record.setLastModified(clock.instant());
            customers.saveAndFlush(record);
            audit.record(staff, AuditEntry.Action.CREDIT_UPDATE, id, json(changes));
            events.changed(record);
        }
        return record;
    }

    @Transactional
    public Page<CustomerRecord> search(CustomerSearch search, Pageable pageable, Staff staff) {
        Specification<CustomerRecord> visible = staff.isAdminOrSystem() ? null : CustomerSearch.visibleTo(staff);
        Page<CustomerRecord> page = customers.findAll(Specification.allOf(search.toSpecification(), visible), pageable);
        for (CustomerRecord record : page) {
            if (record.getVisibility() == Visibility.RESTRICTED) {
                audit.record(staff, AuditEntry.Action.READ_RESTRICTED, record.getId(), "search");
            }
        }
        return page;
    }

    /** Merges {@code duplicateId} into {@code survivorId}; returns the survivor. */
    @Transactional
    public CustomerRecord merge(String survivorId, String duplicateId, Staff staff) {
        if (Objects.equals(survivorId, duplicateId)) {
            throw new CustomerValidationException(List.of(new FieldError("duplicateId", "differentFrom survivor",
                    "a customer cannot be merged into itself")));
        }
        CustomerRecord survivor = load(survivorId);
        CustomerRecord duplicate = load(duplicateId);
        checkAccess(staff, survivor, "merge");
        checkAccess(staff, duplicate, "merge");
        for (CustomerRecord record : List.of(survivor, duplicate)) {
            if (record.isMerged()) {
                throw new CustomerConflictException("Customer " + record.getId() + " was already merged into "
                        + record.getMergedInto());
            }
        }
        // The duplicate gives up its unique keys first, so that the survivor may take them over.
        customers.releaseUniqueKeys(duplicate.getId(),
                survivor.getErpNumber() == null && duplicate.getErpNumber() != null);
        Map<String, CustomerMerger.Source> decisions = CustomerMerger.merge(survivor, duplicate);
        Instant now = clock.instant();
        duplicate.setStatus(CustomerState.MERGED);
        duplicate.setMergedInto(survivor.getId());
        duplicate.setLastModified(now);
        survivor.setLastModified(now);
        customers.saveAndFlush(duplicate);
        customers.saveAndFlush(survivor);
        merges.save(new MergeHistoryEntry(survivor.getId(), duplicate.getId(), staff.username(), now,
                json(decisions)));
        audit.record(staff, AuditEntry.Action.MERGE, survivor.getId(), json(Map.of("merged", duplicate.getId(),
                "decisions", decisions)));
        audit.record(staff, AuditEntry.Action.MERGE, duplicate.getId(), json(Map.of("mergedInto", survivor.getId())));
        events.changed(survivor);
        events.changed(duplicate);
        return survivor;
    }

    @Transactional(readOnly = true)
    public List<MergeHistoryEntry> mergeHistory(String id) {
        return merges.findBySurvivorIdOrMergedIdOrderByIdDesc(id, id);
    }

    /** Loads a record that exists; does not check access. */
    public CustomerRecord load(String id) {
        return customers.findById(id).orElseThrow(() -> new CustomerNotFoundException(id));
    }

    /** Refuses, and audits the refusal, when the staff member may not touch the record. */
    public void checkAccess(Staff staff, CustomerRecord record, String operation) {
        if (!RecordAccess.mayAccess(staff, record)) {
            audit.recordRefusal(staff, record.getId(), operation);
            throw new RecordAccessDeniedException(record.getId());
        }
    }

    private void apply(CustomerRecord record, CustomerInput input, Staff staff) {
        CustomerRequest r = input.request();
        record.setKind(r.kind());
        record.setName(r.name());
        record.setNameKey(input.nameKey());
        record.setTaxId(r.taxId());
        record.setEmail(r.email());
        record.setPhone(r.phone());
        CustomerRequest.Individual individual = r.individual();
        record.setGender(individual == null ? null : individual.gender());
        record.setBirthDate(individual == null ? null : individual.birthDate());
        record.setMaritalStatus(individual == null ? null : Normalizer.text(individual.maritalStatus()));
        record.setEmployer(individual == null ? null : Normalizer.text(individual.employer()));
        record.setJobTitle(individual == null ? null : Normalizer.text(individual.jobTitle()));
        record.setIncomeBand(individual == null ? null : Normalizer.text(individual.incomeBand()));
        CustomerRequest.Enterprise enterprise = r.enterprise();
        record.setIndustry(enterprise == null ? null : Normalizer.text(enterprise.industry()));
        record.setEmployeeCount(enterprise == null ? null : enterprise.employeeCount());
        record.setFoundedOn(enterprise == null ? null : enterprise.foundedOn());
        record.setSalesRegion(enterprise == null ? null : Normalizer.text(enterprise.salesRegion()));
        record.setLegalRepresentative(enterprise == null ? null : Normalizer.text(enterprise.legalRepresentative()));
        record.setAddresses(r.addresses().stream().map(a -> new PostalAddress(a.type(), a.line1(), a.line2(),
                a.city(), a.region(), a.postalCode(), a.countryCode())).toList());
        record.setContacts(r.contacts().stream().map(c -> new ContactPerson(c.name(), c.jobTitle(), c.email(),
                c.phone(), Boolean.TRUE.equals(c.primary()))).toList());
        record.setPreferredChannel(r.preferredChannel());
        record.setLifecycle(r.lifecycle());
        record.setReasonForLeaving(r.lifecycle() == Lifecycle.FORMER ? r.reasonForLeaving() : null);
        record.setStatus(r.status());
        record.setStatusReason(r.status() == CustomerState.ACTIVE ? null : r.statusReason());
        record.setGrade(r.grade());
        record.setClassification(r.classification());
        record.setKeyAccount(Boolean.TRUE.equals(r.keyAccount()));
        record.setVisibility(r.visibility() == null ? Visibility.SHARED : r.visibility());
        record.setRestrictedTo(r.restrictedTo() == null ? Set.of() : new LinkedHashSet<>(r.restrictedTo()));
        if (r.erpNumber() != null) {
            record.setErpNumber(r.erpNumber());
        }
        if (r.scmPartyId() != null) {
            record.setScmPartyId(r.scmPartyId());
        }
        String owner = r.owner() != null ? r.owner() : record.getOwner() != null ? record.getOwner() : staff.username();
        record.setOwner(owner);
        String team = r.team() != null ? r.team() : record.getTeam() != null ? record.getTeam()
                : staffDirectory.teamOf(owner) != null ? staffDirectory.teamOf(owner) : staffDirectory.defaultTeam();
        record.setTeam(team);
    }

    /** The record's fields as audited: name and value of each. */
    static Map<String, Object> snapshot(CustomerRecord r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", r.getKind());
        values.put("name", r.getName());
        values.put("taxId", r.getTaxId());
        values.put("email", r.getEmail());
        values.put("phone", r.getPhone());
        values.put("gender", r.getGender());
        values.put("birthDate", r.getBirthDate());
        values.put("maritalStatus", r.getMaritalStatus());
        values.put("employer", r.getEmployer());
        values.put("jobTitle", r.getJobTitle());
        values.put("incomeBand", r.getIncomeBand());
        values.put("industry", r.getIndustry());
        values.put("employeeCount", r.getEmployeeCount());
        values.put("foundedOn", r.getFoundedOn());
        values.put("salesRegion", r.getSalesRegion());
        values.put("legalRepresentative", r.getLegalRepresentative());
        values.put("addresses", new ArrayList<>(r.getAddresses()));
        values.put("contacts", new ArrayList<>(r.getContacts()));
        values.put("preferredChannel", r.getPreferredChannel());
        values.put("lifecycle", r.getLifecycle());
        values.put("reasonForLeaving", r.getReasonForLeaving());
        values.put("status", r.getStatus());
        values.put("statusReason", r.getStatusReason());
        values.put("grade", r.getGrade());
        values.put("classification", r.getClassification());
        values.put("keyAccount", r.isKeyAccount());
        values.put("creditGrade", r.getCreditGrade());
        values.put("creditLimit", r.getCreditLimit());
        values.put("creditCurrency", r.getCreditCurrency());
        values.put("creditBlocked", r.isCreditBlocked());
        values.put("erpNumber", r.getErpNumber());
        values.put("scmPartyId", r.getScmPartyId());
        values.put("owner", r.getOwner());
        values.put("team", r.getTeam());
        values.put("visibility", r.getVisibility());
        values.put("restrictedTo", new ArrayList<>(r.getRestrictedTo()));
        return values;
    }

    /** Field → [old, new] for each field that changed. */
    static Map<String, Object[]> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            boolean same = old instanceof BigDecimal a && value instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(old, value);
            if (!same) {
                changes.put(field, new Object[] {old, value});
            }
        });
        return changes;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit detail", e);
        }
    }
}
