package org.eaihub.crm.history;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.crm.access.CurrentStaff;
import org.eaihub.crm.customer.CustomerService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's consumption history. The hub records orders, invoices, payments and shipments here; a repeated
 * event id is accepted once and answered with the stored event.
 */
@RestController
@RequestMapping(path = "/api/customers/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consumption history")
public class ConsumptionHistoryController {

    private final ConsumptionEventRepository events;
    private final CustomerService customers;
    private final CurrentStaff staff;
    private final ConsumptionHistory history;

    public ConsumptionHistoryController(ConsumptionEventRepository events, CustomerService customers,
            CurrentStaff staff, ConsumptionHistory history) {
        this.events = events;
        this.customers = customers;
        this.staff = staff;
        this.history = history;
    }

    public record EventRequest(@NotBlank @Size(max = 64) String eventId, @NotNull ConsumptionEvent.Kind kind,
            @NotBlank @Size(max = 64) String reference, @Size(max = 30) String status, BigDecimal amount,
            @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull @Pattern(regexp = "ERP|SCM|CRM|HUB") String sourceSystem,
            @NotNull Instant occurredAt) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CRM_USER','ADMIN','SYSTEM')")
    @Operation(summary = "A customer's orders, invoices, payments and shipments, newest first")
    public Page<ConsumptionEvent> list(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        customers.read(id, staff.get());
        return events.findByCustomerIdOrderByOccurredAtDesc(id, PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), 500)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','SYSTEM')")
    @Operation(summary = "Record an event (idempotent by eventId)")
    public ResponseEntity<ConsumptionEvent> record(@PathVariable String id, @Valid @RequestBody EventRequest request) {
        customers.load(id);
        return ResponseEntity.ok(history.record(new ConsumptionEvent(request.eventId(), id, request.kind(),
                request.reference(), request.status(), request.amount(), request.currency(), request.sourceSystem(),
                request.occurredAt())));
    }
}
