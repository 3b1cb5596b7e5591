package org.eaihub.hub.order;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.eaihub.adapters.erp.ErpOrderMapper;
import org.eaihub.adapters.erp.client.CMGST;
import org.eaihub.adapters.erp.client.CreditCheckResponse;
import org.eaihub.adapters.erp.client.GoodsIssuePostResponse;
import org.eaihub.adapters.erp.client.SalesOrderCreateResponse;
import org.eaihub.adapters.scm.ScmCommands;
import org.eaihub.adapters.scm.ScmOrderEvent;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.eaihub.canonical.order.SalesOrder;
import org.eaihub.hub.backend.BusinessFaultException;
import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.eaihub.hub.order.SagaDecisions.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order-to-cash, carried out. Every trigger (an order from {@code hub.order.intake}, an SCM event, a deadline)
 * is handled in a database transaction that commits the saga's next state only if no other trigger changed it
 * meanwhile ({@link OrderSagaStore#save}), so that two consumers or two hub instances never both move one order. Each step calls the ERP, sends a command to the SCM or reports to the CRM with a
 * request id derived from the order and the step, then commits the saga's next state: a step interrupted before its
 * commit (a crash, a backend that went away) is simply done again, and the systems recognise the repetition.
 * After the trigger, the saga is driven through its immediate states ({@link SagaState#immediate()}) one committed
 * step at a time until it waits for the SCM, a deadline, or ends.
 */
public class OrderSagaService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSagaService.class);
    private static final int MAX_STEPS_PER_DRIVE = 12;

    private final OrderSagaStore store;
    private final TransactionTemplate tx;
    private final CanonicalCodec codec;
    private final ErpGateway erp;
    private final CrmClient crm;
    private final ScmCommandSender scm;
    private final SagaDecisions decisions;
    private final OrderSagaSettings settings;

    public OrderSagaService(OrderSagaStore store, TransactionTemplate tx, CanonicalCodec codec, ErpGateway erp,
            CrmClient crm, ScmCommandSender scm, OrderSagaSettings settings) {
        this.store = store;
        this.tx = tx;
        this.codec = codec;
        this.erp = erp;
        this.crm = crm;
        this.scm = scm;
        this.settings = settings;
        this.decisions = new SagaDecisions(settings.stockPolicy(), settings.stockPolicyByCustomer(),
                settings.maxResends());
    }

    /** A validated order (canonical JSON) from {@code hub.order.intake}: the saga starts, or goes on if it exists. */
    public SagaState start(String orderJson) {
        ProcessSalesOrder message = codec.read(orderJson.getBytes(StandardCharsets.UTF_8), Format.JSON,
                ProcessSalesOrder.class);
        SalesOrder order = message.salesOrder();
        tx.executeWithoutResult(status -> store.create(order.salesOrderId(), order.customerId(), orderJson,
                message.envelope().correlationId(), store.now().plus(settings.stepTimeout())));
        return drive(order.salesOrderId());
    }

    /** A reservation or shipment event of the SCM, applied once. */
    public SagaState onScmEvent(byte[] body) {
        ScmOrderEvent event = ScmOrderEvent.read(body);
        String stepName = tx.execute(status -> {
            Optional<OrderSaga> found = store.find(event.orderRef());
            if (found.isEmpty()) {
                return null;
            }
            if (!store.firstTime(event)) {
                return null;
            }
            OrderSaga saga = found.get();
            Decision decision = event.type().startsWith("Reservation") ? decisions.onReservationEvent(saga, event)
                    : decisions.onShipmentEvent(saga, event);
            return apply(saga, decision, event);
        });
        reached(stepName);
        return drive(event.orderRef());
    }

    /** The deadline numbered {@code deadlineSeq} passed; a later deadline makes this one stale. */
    public SagaState onDeadline(String orderNumber, int deadlineSeq) {
        String stepName = tx.execute(status -> {
            Optional<OrderSaga> found = store.find(orderNumber);
            if (found.isEmpty() || found.get().deadlineSeq() != deadlineSeq || found.get().deadlineAt() == null) {
                return null;
            }
            OrderSaga saga = found.get();
            return apply(saga, decisions.onDeadline(saga, store.now()), null);
        });
        reached(stepName);
        return drive(orderNumber);
    }

    /** Runs the saga's immediate steps, each in its own transaction, until it waits or ends. */
    public SagaState drive(String orderNumber) {
        SagaState state = null;
        for (int i = 0; i < MAX_STEPS_PER_DRIVE; i++) {
            Step step = tx.execute(status -> store.find(orderNumber).map(this::immediateStep).orElse(null));
            if (step == null) {
                return state;
            }
            state = step.state();
            if (step.name() == null) {
                return state;
            }
            reached(step.name());
        }
        return state;
    }

    private record Step(String name, SagaState state) {
    }

    /** One immediate step of the saga, within the caller's transaction; a null name when the saga waits. */
    private Step immediateStep(OrderSaga saga) {
        if (!saga.state().immediate()) {
            return new Step(null, saga.state());
        }
        return switch (saga.state()) {
            case RECEIVED -> checkCredit(saga);
            case CREDIT_CHECKED -> createErpOrder(saga);
            case CONFIRMED -> requestReservation(saga);
            case RESERVED -> requestShipment(saga);
            case SHIPPED -> postGoodsIssue(saga);
            case INVOICED -> complete(saga);
            case CANCELLING -> cancel(saga);
            default -> new Step(null, saga.state());
        };
    }

    private Step checkCredit(OrderSaga saga) {
        SalesOrder order = order(saga);
        OrderSaga current = saga;
        if (saga.erpCustomer() == null || saga.shipToParty() == null) {
            Optional<JsonNode> customer = crm.customer(saga.customerId());
            if (customer.isEmpty()) {
                return end(saga, SagaState.REJECTED, "REJECTED", "customer " + saga.customerId() + " is unknown");
            }
            String erpNumber = customer.get().at("/crossReferences/erp").asText(null);
            String party = customer.get().at("/crossReferences/scm").asText(null);
            if (erpNumber == null || erpNumber.isBlank()) {
                if (store.now().isAfter(saga.createdAt().plus(settings.customerTimeout()))) {
                    return end(saga, SagaState.REJECTED, "REJECTED", "the customer is not known to the ERP");
                }
                store.save(saga.change(m -> {
                    m.deadlineAt = store.now().plusSeconds(5);
                    m.deadlineSeq = saga.deadlineSeq() + 1;
                }));
                return new Step(null, saga.state());
            }
            if (party == null || party.isBlank()) {
                return end(saga, SagaState.REJECTED, "REJECTED", "the customer has no ship-to party in the SCM");
            }
            current = saga.change(m -> {
                m.erpCustomer = erpNumber;
                m.shipToParty = party;
            });
        }
        CreditCheckResponse credit = erp.creditCheck(current.erpCustomer(), ErpOrderMapper.obligation(order),
                order.currency());
        if (credit.getCMGST() == CMGST.B) {
            return end(current, SagaState.REJECTED, "REJECTED",
                    "credit check failed: " + credit.getREASON() + " " + credit.getREASONTEXT());
        }
        report(current, "CREDIT_CHECKED", null, Map.of());
        return move(current, SagaState.CREDIT_CHECKED, "CREDIT_CHECKED", "ERP credit status A", m -> {
        });
    }

    private Step createErpOrder(OrderSaga saga) {
        SalesOrder order = order(saga);
        SalesOrderCreateResponse created = erp.createSalesOrder(saga.requestId("erp-order"),
                ErpOrderMapper.header(order, saga.erpCustomer()), ErpOrderMapper.items(order));
        String erpOrder = created.getVBELN();
        OrderSaga withOrder = saga.change(m -> m.erpOrder = erpOrder);
        if (created.getSALESORDER() != null && created.getSALESORDER().getCMGST() == CMGST.B) {
            erp.cancelSalesOrder(saga.requestId("erp-cancel"), erpOrder, ErpOrderMapper.REJECTION_UNFULFILLABLE);
            return end(withOrder, SagaState.REJECTED, "REJECTED", "credit blocked in the ERP order " + erpOrder);
        }
        report(withOrder, "CONFIRMED", null, Map.of("erpOrderNumber", erpOrder));
        return move(withOrder, SagaState.CONFIRMED, "ERP_ORDER_CREATED", "ERP order " + erpOrder, m -> {
        });
    }

    private Step requestReservation(OrderSaga saga) {
        scm.send(ScmCommands.RESERVATION_REQUESTS, saga.orderNumber(), ScmCommands.reservationRequest(
                saga.reservationRequestId(), order(saga), saga.shipToParty(), settings.holdSeconds()));
        return move(saga, SagaState.RESERVING, "RESERVATION_REQUESTED", "attempt " + saga.attempt(), m -> {
            m.resends = 0;
        });
    }

    private Step requestShipment(OrderSaga saga) {
        scm.send(ScmCommands.SHIPMENT_REQUESTS, saga.orderNumber(),
                ScmCommands.shipmentRequest(saga.shipmentRequestId(), saga.orderNumber(), saga.shipToParty()));
        return move(saga, SagaState.SHIPPING, "SHIPMENT_REQUESTED", null, m -> {
            m.resends = 0;
            m.shipmentsAccepted = false;
        });
    }

    private Step postGoodsIssue(OrderSaga saga) {
        GoodsIssuePostResponse posted;
        try {
            posted = erp.postGoodsIssue(saga.requestId("goods-issue"), saga.erpOrder());
        } catch (BusinessFaultException refused) {
            // Shipped goods cannot be called back: the order waits in SHIPPED (and the step log says why) until
            // the ERP takes the goods issue, e.g. once a credit block is lifted.
            store.step(saga.orderNumber(), "GOODS_ISSUE_REFUSED", saga.state(), refused.getMessage());
            store.save(saga.change(m -> {
                m.deadlineAt = store.now().plus(settings.shipmentTimeout());
                m.deadlineSeq = saga.deadlineSeq() + 1;
            }));
            return new Step(null, saga.state());
        }
        String invoice = posted.getINVOICE() == null ? null : posted.getINVOICE().getVBELN();
        OrderSaga billed = saga.change(m -> m.invoiceNumber = invoice);
        report(billed, "INVOICED", null, Map.of("invoiceNumber", invoice));
        return move(billed, SagaState.INVOICED, "GOODS_ISSUE_POSTED",
                "delivery " + posted.getVBELNVL() + ", invoice " + invoice, m -> {
                });
    }

    private Step complete(OrderSaga saga) {
        return end(saga, SagaState.COMPLETED, "COMPLETED", null);
    }

    private Step cancel(OrderSaga saga) {
        if (saga.erpOrder() != null) {
            erp.cancelSalesOrder(saga.requestId("erp-cancel"), saga.erpOrder(),
                    ErpOrderMapper.REJECTION_UNFULFILLABLE);
        }
        return end(saga, SagaState.CANCELLED, "CANCELLED", saga.reason());
    }

    /** Applies a decision on an event or a deadline, within the caller's transaction; returns the step's name. */
    private String apply(OrderSaga saga, Decision decision, ScmOrderEvent event) {
        String on = event == null ? "DEADLINE" : event.type();
        switch (decision.move()) {
            case IGNORE -> {
                store.step(saga.orderNumber(), on, saga.state(), "recorded, no change"
                        + (event != null && event.reason() != null ? ": " + event.reason() : ""));
                return null;
            }
            case RESERVED -> {
                report(saga, "RESERVED", null, Map.of());
                return move(saga, SagaState.RESERVED, "RESERVED", null, m -> {
                }).name();
            }
            case BACKORDER -> {
                if (decision.release()) {
                    release(saga, "BACKORDER");
                }
                report(saga, "BACKORDERED", null, Map.of());
                Instant until = saga.backorderUntil() != null ? saga.backorderUntil()
                        : store.now().plus(settings.backorderTimeout());
                return move(saga, SagaState.BACKORDERED, "BACKORDERED", decision.reason(), m -> {
                    m.reason = decision.reason();
                    m.backorderUntil = until;
                }).name();
            }
            case CANCEL -> {
                if (!saga.state().cancellable()) {
                    store.step(saga.orderNumber(), on, saga.state(), "cannot cancel now: " + decision.reason());
                    return null;
                }
                if (decision.release() || saga.state() == SagaState.RESERVED || saga.state() == SagaState.SHIPPING) {
                    release(saga, "ORDER_CANCELLED");
                }
                return move(saga, SagaState.CANCELLING, "CANCELLING", decision.reason(),
                        m -> m.reason = decision.reason()).name();
            }
            case RESERVE_AGAIN -> {
                store.clearShipments(saga.orderNumber());
                if (decision.release()) {
                    // The SCM still holds a reservation: release it and try again after the retry interval, so that
                    // the new request cannot overtake the release (they travel on different topics).
                    release(saga, "RETRY");
                    Instant until = saga.backorderUntil() != null ? saga.backorderUntil()
                            : store.now().plus(settings.backorderTimeout());
                    return move(saga, SagaState.BACKORDERED, "RESERVATION_RETRY", decision.reason(),
                            m -> m.backorderUntil = until).name();
                }
                return move(saga, SagaState.CONFIRMED, "RESERVE_AGAIN",
                        decision.reason() == null ? "attempt " + (saga.attempt() + 1) : decision.reason(), m -> {
                            m.attempt = saga.attempt() + 1;
                            m.shipmentsAccepted = false;
                        }).name();
            }
            case SHIPMENT_ACCEPTED -> {
                event.shipments().forEach(s -> store.addShipment(saga.orderNumber(), s));
                String tracking = event.shipments().isEmpty() ? null : event.shipments().get(0).trackingNumber();
                return move(saga, SagaState.SHIPPING, "SHIPMENT_ACCEPTED", event.shipments().size() + " shipment(s)",
                        m -> {
                            m.shipmentsAccepted = true;
                            m.trackingNumber = tracking;
                        }).name();
            }
            case DISPATCHED -> {
                event.shipments().forEach(s -> store.markDispatched(saga.orderNumber(), s));
                var shipments = store.shipments(saga.orderNumber());
                boolean all = saga.shipmentsAccepted() && shipments.stream().allMatch(OrderSagaStore.Shipment::dispatched);
                if (!all) {
                    // Not all shipments yet: still take the saga's next sequence, so that two dispatches handled at
                    // once cannot both miss that, together, they were the last.
                    store.save(saga.change(m -> m.deadlineSeq = saga.deadlineSeq() + 1));
                    store.step(saga.orderNumber(), "SHIPMENT_DISPATCHED", saga.state(),
                            event.shipments().isEmpty() ? null : event.shipments().get(0).shipmentId());
                    return null;
                }
                String tracking = saga.trackingNumber() != null ? saga.trackingNumber()
                        : shipments.get(0).trackingNumber();
                OrderSaga shipped = saga.change(m -> m.trackingNumber = tracking);
                report(shipped, "SHIPPED", null, Map.of("trackingNumber", tracking));
                return move(shipped, SagaState.SHIPPED, "SHIPPED", shipments.size() + " shipment(s) dispatched",
                        m -> {
                        }).name();
            }
            case RESEND -> {
                if (saga.state() == SagaState.RESERVING) {
                    scm.send(ScmCommands.RESERVATION_REQUESTS, saga.orderNumber(), ScmCommands.reservationRequest(
                            saga.reservationRequestId(), order(saga), saga.shipToParty(), settings.holdSeconds()));
                } else {
                    scm.send(ScmCommands.SHIPMENT_REQUESTS, saga.orderNumber(), ScmCommands.shipmentRequest(
                            saga.shipmentRequestId(), saga.orderNumber(), saga.shipToParty()));
                }
                return move(saga, saga.state(), "RESENT", "no answer in time, resend " + (saga.resends() + 1),
                        m -> m.resends = saga.resends() + 1).name();
            }
            case OVERDUE -> {
                return move(saga, saga.state(), "DISPATCH_OVERDUE", "accepted by the SCM, not dispatched in time",
                        m -> m.overdue = true).name();
            }
            case DRIVE -> {
                store.save(saga.change(m -> {
                    m.deadlineAt = store.now().plus(settings.stepTimeout());
                    m.deadlineSeq = saga.deadlineSeq() + 1;
                }));
                return null;
            }
            default -> throw new IllegalStateException("unhandled move " + decision.move());
        }
    }

    private void release(OrderSaga saga, String reason) {
        scm.send(ScmCommands.RESERVATION_RELEASES, saga.orderNumber(),
                ScmCommands.reservationRelease(saga.releaseRequestId(), saga.orderNumber(), reason));
    }

    /** Moves to {@code next}, records the step and sets the deadline the next state has. */
    private Step move(OrderSaga saga, SagaState next, String stepName, String detail,
            java.util.function.Consumer<OrderSaga.Fields> change) {
        OrderSaga changed = saga.change(change).change(m -> {
            m.state = next;
            m.deadlineAt = deadline(next, m);
            m.deadlineSeq = saga.deadlineSeq() + 1;
        });
        store.save(changed);
        store.step(saga.orderNumber(), stepName, next, detail);
        return new Step(stepName, next);
    }

    private Step end(OrderSaga saga, SagaState terminal, String stepName, String reason) {
        if (terminal == SagaState.REJECTED || terminal == SagaState.CANCELLED) {
            report(saga, terminal.name(), reason, Map.of());
        } else {
            report(saga, terminal.name(), null, Map.of());
        }
        return move(saga, terminal, stepName, reason, m -> m.reason = reason);
    }

    private Instant deadline(SagaState state, OrderSaga.Fields saga) {
        Instant now = store.now();
        Duration wait = switch (state) {
            case COMPLETED, REJECTED, CANCELLED -> null;
            case RESERVING -> settings.reservationTimeout();
            case SHIPPING -> saga.shipmentsAccepted ? settings.dispatchTimeout() : settings.shipmentTimeout();
            case BACKORDERED -> settings.backorderRetry();
            default -> settings.stepTimeout();
        };
        return wait == null ? null : now.plus(wait);
    }

    /** Tells the CRM; the event id makes a repeated report harmless. */
    private void report(OrderSaga saga, String status, String reason, Map<String, String> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        String repeatable = "BACKORDERED".equals(status) || "RESERVED".equals(status) ? ":" + saga.attempt() : "";
        body.put("eventId", "hub:" + saga.orderNumber() + ":" + status + repeatable);
        body.put("status", status);
        body.put("occurredAt", store.now());
        details.forEach(body::put);
        if (reason != null) {
            body.put("reason", reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
        body.put("sourceSystem", "HUB");
        if (!crm.reportOrderStatus(saga.orderNumber(), body)) {
            // An order a backend sent to the hub directly: the CRM has no record of it to update.
            store.step(saga.orderNumber(), "CRM_HAS_NO_ORDER", saga.state(), "status " + status + " not reported");
        }
    }

    private SalesOrder order(OrderSaga saga) {
        return codec.read(saga.orderJson().getBytes(StandardCharsets.UTF_8), Format.JSON, ProcessSalesOrder.class)
                .salesOrder();
    }

    /** Fault injection for the crash tests: SIGKILL once the named step committed. */
    private void reached(String stepName) {
        if (stepName != null && stepName.equals(settings.crashAfterStep())) {
            LOG.error("Saga crash point {} reached: killing the JVM (SIGKILL)", stepName);
            org.eaihub.config.faults.Sigkill.thisJvm();
        }
    }
}
