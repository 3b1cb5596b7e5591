package org.eaihub.crm.customer;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.crm.access.AuditEntry;
import org.eaihub.crm.access.AuditRepository;
import org.eaihub.crm.access.CurrentStaff;
import org.eaihub.crm.quality.MergeHistoryEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer master over REST. Every answer is JSON; every call needs a CRM user, an administrator or a system. */
@RestController
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('CRM_USER','ADMIN','SYSTEM')")
@Tag(name = "Customers", description = "The CRM's customer master")
public class CustomerController {

    private final CustomerService service;
    private final CurrentStaff staff;
    private final AuditRepository audit;

    public CustomerController(CustomerService service, CurrentStaff staff, AuditRepository audit) {
        this.service = service;
        this.staff = staff;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a customer",
            description = "409 with the matches when it looks like an existing customer; force=true overrides the "
                    + "overridable rules (phone, similar name and address), never tax id or e-mail.")
    public ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerRequest request,
            @RequestParam(defaultValue = "false") boolean force) {
        CustomerRecord record = service.create(request, staff.get(), force);
        return ResponseEntity.created(URI.create("/api/customers/" + record.getId())).body(CustomerView.of(record));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a customer; reading a restricted record is audited")
    public CustomerView read(@PathVariable String id) {
        return CustomerView.of(service.read(id, staff.get()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a customer's data", description = "The body names the version it is based on; "
            + "409 when the record has moved on since.")
    public CustomerView update(@PathVariable String id, @Valid @RequestBody CustomerRequest request) {
        return CustomerView.of(service.update(id, request, staff.get()));
    }

    @GetMapping
    @Operation(summary = "Search customers, a page at a time")
    public Page<CustomerView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) PartyKind kind, @RequestParam(required = false) Lifecycle lifecycle,
            @RequestParam(required = false) CustomerState status, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) Boolean keyAccount, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String team,
            @RequestParam(defaultValue = "false") boolean includeMerged,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CustomerSearch search = new CustomerSearch(q, kind, lifecycle, status, grade, keyAccount, owner, team,
                includeMerged);
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.by("id"));
        return service.search(search, request, staff.get()).map(CustomerView::of);
    }

    public record MergeRequest(@NotNull @Pattern(regexp = "C-\\d{6,}") String duplicateId) {
    }

    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge a duplicate into this customer, by the survivorship rules")
    public CustomerView merge(@PathVariable String id, @Valid @RequestBody MergeRequest request) {
        return CustomerView.of(service.merge(id, request.duplicateId(), staff.get()));
    }

    @GetMapping("/{id}/merges")
    @Operation(summary = "The merges this customer took part in, newest first")
    public List<MergeHistoryEntry> merges(@PathVariable String id) {
        service.read(id, staff.get());
        return service.mergeHistory(id);
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('ADMIN','SYSTEM')")
    @Operation(summary = "The audit trail of a customer: reads of restricted data, refusals, changes")
    public Page<AuditEntry> auditTrail(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.findByCustomerIdOrderByIdDesc(id, PageRequest.of(Math.max(page, 0), Math.min(size, 500)));
    }

    public record CrossReferenceRequest(@Pattern(regexp = "[0-9]{10}") String erpNumber,
            @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,20}") String scmPartyId) {
    }

    @PutMapping(path = "/{id}/cross-references", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','SYSTEM')")
    @Operation(summary = "Record the ids the ERP and SCM gave the customer (the hub calls this)")
    public CustomerView crossReferences(@PathVariable String id, @Valid @RequestBody CrossReferenceRequest request) {
        return CustomerView.of(service.updateCrossReferences(id, request.erpNumber(), request.scmPartyId(),
                staff.get()));
    }

    public record CreditRequest(@Pattern(regexp = "[A-Z]{1,3}[+\\-]?") String grade, BigDecimal limit,
            @Pattern(regexp = "[A-Z]{3}") String currency, boolean blocked) {
    }

    @PutMapping(path = "/{id}/credit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','SYSTEM')")
    @Operation(summary = "Mirror the credit the ERP grants (the hub calls this; CRM users cannot)")
    public CustomerView credit(@PathVariable String id, @Valid @RequestBody CreditRequest request) {
        return CustomerView.of(service.updateCredit(id, request.grade(), request.limit(), request.currency(),
                request.blocked(), staff.get()));
    }
}
