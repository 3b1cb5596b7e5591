package org.eaihub.crm.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eaihub.crm.UniqueKeys;
import org.eaihub.crm.access.Staff;
import org.eaihub.crm.customer.CustomerNotFoundException;
import org.eaihub.crm.customer.CustomerRecord;
import org.eaihub.crm.customer.CustomerService;
import org.eaihub.crm.customer.CustomerState;
import org.eaihub.crm.events.OrderEvents;
import org.eaihub.crm.quality.CustomerValidationException;
import org.eaihub.crm.quality.FieldError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order use cases. A capture stores the order, the first step of its history and the ProcessSalesOrder for
 * the hub (outbox) in one transaction; a status report is applied by {@link StatusRules} and recorded either way.
 * Both are idempotent through unique keys in the database ({@link UniqueKeys}).
 */
@Service
public class OrderService {

    private static final String DEFAULT_UNIT = "EA";

    private final SalesOrderRepository orders;
    private final StatusEntryRepository history;
    private final CustomerService customers;
    private final OrderEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OrderService(SalesOrderRepository orders, StatusEntryRepository history, CustomerService customers,
            OrderEvents events, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.history = history;
        this.customers = customers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The captured order, and whether this call created it (false: a retry found it). */
    public record Captured(SalesOrderRecord order, boolean created) {
    }

    /** The order after a report, and the report as its history records it. */
    public record Reported(String orderNumber, OrderStatus status, StatusEntry report) {
    }

    /**
     * Captures a valid request (bean validation has run) for a known, live, not blacklisted customer the staff
     * member may see.
     *
     * @param idempotencyKey null, or a key unique per client (the caller scopes it, e.g. by user name)
     */
    public Captured capture(OrderRequest request, String idempotencyKey, SalesOrderRecord.Channel channel,
            String sourceMessageId, Staff staff) {
        String fingerprint = fingerprint(request);
        return UniqueKeys.retryOnRace(() -> transactions.execute(status -> {
            if (idempotencyKey != null) {
                var earlier = orders.findByIdempotencyKey(idempotencyKey);
                if (earlier.isPresent()) {
                    if (!earlier.get().getRequestFingerprint().equals(fingerprint)) {
                        throw new OrderConflictException("The idempotency key was used for another order request");
                    }
                    return new Captured(earlier.get(), false);
                }
            }
            checkCustomer(request.customerId(), staff);
            Instant now = clock.instant();
            SalesOrderRecord order = orders.saveAndFlush(new SalesOrderRecord(
                    "SO-%06d".formatted(orders.nextOrderNumber()), request.customerId(), request.currency(),
                    request.requestedDeliveryDate(), lines(request), request.clientReference(), channel,
                    staff.username(), idempotencyKey, fingerprint, now));
            String messageId = events.captured(order);
            history.save(new StatusEntry(order.getOrderNumber(), messageId, OrderStatus.CAPTURED,
                    StatusRules.Outcome.APPLIED, "captured via " + channel, sourceMessageId, "CRM", now, now));
            return new Captured(order, true);
        }));
    }

    /** Applies a status the hub reports, if {@link StatusRules} allow it; records it in the history either way. */
    public Reported report(String orderNumber, StatusReport report) {
        List<FieldError> errors = new ArrayList<>();
        if (report.status() == OrderStatus.CAPTURED) {
            errors.add(new FieldError("status", "not CAPTURED", "the CRM sets CAPTURED itself"));
        }
        StatusRules.requiredDetail(report.status()).filter(field -> report.detailOf(field) == null)
                .ifPresent(field -> errors.add(new FieldError(field, "requiredWhen status=" + report.status(),
                        "is required for this status")));
        if (!errors.isEmpty()) {
            throw new CustomerValidationException(errors);
        }
        return UniqueKeys.retryOnRace(() -> transactions.execute(status -> {
            var seen = history.findByEventId(report.eventId());
            if (seen.isPresent()) {
                if (!seen.get().getOrderNumber().equals(orderNumber)) {
                    throw new OrderConflictException("Event " + report.eventId() + " was reported for another order");
                }
                return new Reported(orderNumber, load(orderNumber).getStatus(), seen.get());
            }
            SalesOrderRecord order = orders.findForUpdate(orderNumber)
                    .orElseThrow(() -> new OrderNotFoundException(orderNumber));
            StatusRules.Outcome outcome = StatusRules.decide(order.getStatus(), report.status());
            Instant now = clock.instant();
            if (outcome == StatusRules.Outcome.APPLIED) {
                order.apply(report, now);
            }
            StatusEntry entry = history.saveAndFlush(new StatusEntry(orderNumber, report.eventId(), report.status(),
                    outcome, report.detail(), report.sourceMessageId(), report.sourceSystem(), report.occurredAt(),
                    now));
            return new Reported(orderNumber, order.getStatus(), entry);
        }));
    }

    /** One order with its history, if the staff member may see its customer. */
    public OrderView read(String orderNumber, Staff staff) {
        SalesOrderRecord order = load(orderNumber);
        customers.read(order.getCustomerId(), staff);
        return withHistory(order);
    }

    /** The order with its history; the caller has checked access. */
    public OrderView withHistory(SalesOrderRecord order) {
        return OrderView.of(order, history.findByOrderNumberOrderByIdAsc(order.getOrderNumber()));
    }

    /** A customer's orders placed from {@code from} to {@code to} (whole days, UTC, both included), newest first. */
    public Page<OrderView> list(String customerId, LocalDate from, LocalDate to, Pageable pageable, Staff staff) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CustomerValidationException(List.of(new FieldError("from", "notAfter to",
                    "must not be after to")));
        }
        customers.read(customerId, staff);
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z")
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return orders.findPlaced(customerId, start, end, pageable).map(o -> OrderView.of(o, null));
    }

    public SalesOrderRecord load(String orderNumber) {
        return orders.findById(orderNumber).orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }

    private void checkCustomer(String customerId, Staff staff) {
        CustomerRecord customer;
        try {
            customer = customers.load(customerId);
        } catch (CustomerNotFoundException e) {
            throw invalidCustomer("exists", "is not a customer of the CRM");
        }
        customers.checkAccess(staff, customer, "order");
        if (customer.isMerged()) {
            throw invalidCustomer("notMerged", "was merged into " + customer.getMergedInto() + ": order for that customer");
        }
        if (customer.getStatus() == CustomerState.BLACKLISTED) {
            throw invalidCustomer("notBlacklisted", "the customer is blacklisted: the CRM takes no orders for it");
        }
    }

    private static CustomerValidationException invalidCustomer(String rule, String message) {
        return new CustomerValidationException(List.of(new FieldError("customerId", rule, message)));
    }

    private static List<OrderLine> lines(OrderRequest request) {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderRequest.Line line : request.lines()) {
            lines.add(new OrderLine(lines.size() + 1, line.sku(), line.quantity(),
                    line.unitCode() == null ? DEFAULT_UNIT : line.unitCode(), line.unitPrice(),
                    line.quantity().multiply(line.unitPrice())));
        }
        return lines;
    }

    /** What a retry must repeat: everything but the idempotency key, amounts without trailing zeros. */
    static String fingerprint(OrderRequest r) {
        StringBuilder text = new StringBuilder().append(r.customerId()).append('|').append(r.clientReference())
                .append('|').append(r.requestedDeliveryDate()).append('|').append(r.currency());
        for (OrderRequest.Line line : r.lines()) {
            text.append('|').append(line.sku()).append(';').append(plain(line.quantity())).append(';')
                    .append(line.unitCode() == null ? DEFAULT_UNIT : line.unitCode()).append(';')
                    .append(plain(line.unitPrice()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
