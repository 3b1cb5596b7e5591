package org.eaihub.crm.history;

import static org.eaihub.canonical.common.Patterns.ID;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.crm.access.CurrentStaff;
import org.eaihub.crm.customer.CustomerService;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's receivables: payments the ERP received (the hub reports them) and the open amount, computed from the
 * consumption history, where the invoices are too ({@code POST /history} with kind INVOICE).
 */
@RestController
@RequestMapping(path = "/api/customers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Receivables")
public class ReceivablesController {

    private final ConsumptionEventRepository events;
    private final ConsumptionHistory history;
    private final CustomerService customers;
    private final CurrentStaff staff;

    public ReceivablesController(ConsumptionEventRepository events, ConsumptionHistory history,
            CustomerService customers, CurrentStaff staff) {
        this.events = events;
        this.history = history;
        this.customers = customers;
        this.staff = staff;
    }

    /**
     * @param invoiceNumber    the invoice the payment pays; absent when paid on account
     * @param paymentReference the ERP's payment document, if known
     */
    public record PaymentRequest(@NotNull @Pattern(regexp = ID) String eventId, @Pattern(regexp = ID) String invoiceNumber,
            @Pattern(regexp = ID) String paymentReference,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull Instant paidAt,
            @Pattern(regexp = "ERP|HUB") String sourceSystem) {
    }

    @PostMapping(path = "/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SYSTEM')")
    @Operation(summary = "Record a payment the ERP received (idempotent by eventId)")
    public ConsumptionEvent payment(@PathVariable String id, @Valid @RequestBody PaymentRequest request) {
        customers.load(id);
        String reference = request.paymentReference() != null ? request.paymentReference()
                : request.invoiceNumber() != null ? request.invoiceNumber() : request.eventId();
        return history.record(new ConsumptionEvent(request.eventId(), id, ConsumptionEvent.Kind.PAYMENT, reference,
                "RECEIVED", request.amount(), request.currency(),
                request.sourceSystem() == null ? "ERP" : request.sourceSystem(), request.paidAt(),
                request.invoiceNumber()));
    }

    @GetMapping("/receivables")
    @PreAuthorize("hasAnyRole('CRM_USER','ADMIN','SYSTEM')")
    @Operation(summary = "Open amount per currency (invoiced − paid) and each invoice with what was paid against it")
    public Receivables receivables(@PathVariable String id) {
        customers.read(id, staff.get());
        return Receivables.of(id, events.findByCustomerIdAndKindInOrderByOccurredAtAscIdAsc(id,
                List.of(ConsumptionEvent.Kind.INVOICE, ConsumptionEvent.Kind.PAYMENT)));
    }
}
