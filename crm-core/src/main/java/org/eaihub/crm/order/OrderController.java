package org.eaihub.crm.order;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.eaihub.canonical.common.Patterns;
import org.eaihub.crm.access.CurrentStaff;
import org.eaihub.crm.access.Staff;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.FieldError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sales orders over REST: capture, read, a customer's orders, and the status reports of the hub. */
@RestController
@RequestMapping(path = "/api/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('CRM_USER','ADMIN','SYSTEM')")
@Tag(name = "Orders", description = "Orders taken in the CRM and their order-to-cash status")
public class OrderController {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderService service;
    private final CurrentStaff staff;

    public OrderController(OrderService service, CurrentStaff staff) {
        this.service = service;
        this.staff = staff;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Capture an order for a known customer; it leaves for the hub as ProcessSalesOrder",
            description = "201 with the order. A retry with the same Idempotency-Key header (or requestId) by the same "
                    + "user answers 200 with the order it created; the same key with another request answers 409. "
                    + "A blacklisted, merged or unknown customer is refused (400, field customerId).")
    public ResponseEntity<OrderView> capture(@Valid @RequestBody OrderRequest request,
            @Parameter(description = "the client's key for this order request")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        if (idempotencyKey != null && request.requestId() != null && !idempotencyKey.equals(request.requestId())) {
            throw new CustomerValidationException(List.of(new FieldError("requestId", "equals " + IDEMPOTENCY_KEY,
                    "must equal the Idempotency-Key header when both are given")));
        }
        if (idempotencyKey != null && request.requestId() == null) {
            if (!idempotencyKey.matches(Patterns.ID)) {
                throw new CustomerValidationException(List.of(new FieldError(IDEMPOTENCY_KEY,
                        "pattern " + Patterns.ID, "must be an id")));
            }
            request = request.withRequestId(idempotencyKey);
        }
        Staff user = staff.get();
        String key = request.requestId() == null ? null : "rest:" + user.username() + ":" + request.requestId();
        OrderService.Captured captured = service.capture(request, key, SalesOrderRecord.Channel.REST, null, user);
        OrderView view = service.withHistory(captured.order());
        return captured.created()
                ? ResponseEntity.created(URI.create("/api/orders/" + view.orderNumber())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/{orderNumber}")
    @Operation(summary = "An order with the history of its steps")
    public OrderView read(@PathVariable String orderNumber) {
        return service.read(orderNumber, staff.get());
    }

    @GetMapping
    @Operation(summary = "A customer's orders placed from one day to another (UTC, both included), newest first",
            description = "For the current month: from=<first day>&to=<last day>.")
    public Page<OrderView> list(@RequestParam String customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.list(customerId, from, to, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)),
                staff.get());
    }

    @PostMapping(path = "/{orderNumber}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SYSTEM')")
    @Operation(summary = "The hub reports a status change (idempotent by eventId)",
            description = "Applied only when the order's lifecycle allows it; a repeated, late or impossible report is "
                    + "recorded in the history with its outcome (REPEATED, OUT_OF_ORDER, NOT_ALLOWED) and answered 200.")
    public OrderService.Reported report(@PathVariable String orderNumber, @Valid @RequestBody StatusReport report) {
        return service.report(orderNumber, report);
    }
}
