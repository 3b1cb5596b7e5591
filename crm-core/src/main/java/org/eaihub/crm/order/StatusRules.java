package org.eaihub.crm.order;

import java.util.Optional;

/**
 * Which reported status changes apply to an order. The rule:
 * <ul>
 * <li>a report of the status the order already has is {@code REPEATED};</li>
 * <li>along the main path (CAPTURED → CREDIT_CHECKED → CONFIRMED → BACKORDERED → RESERVED → SHIPPED → INVOICED →
 * COMPLETED) an order only moves forward, and may skip steps: the hub need not report each one, and a step
 * reported late must not pull the order back. A report of a step behind the current one, or of any step after
 * the order ended, is {@code OUT_OF_ORDER};</li>
 * <li>{@code REJECTED} applies before the ERP confirmed the order (CAPTURED, CREDIT_CHECKED), {@code CANCELLED}
 * before it shipped; otherwise, and from an end, they are {@code NOT_ALLOWED}.</li>
 * </ul>
 * Every report is recorded in the order's history with its outcome; only {@code APPLIED} ones change the order.
 */
public final class StatusRules {

    public enum Outcome { APPLIED, REPEATED, OUT_OF_ORDER, NOT_ALLOWED }

    private StatusRules() {
    }

    public static Outcome decide(OrderStatus current, OrderStatus reported) {
        if (reported == current) {
            return Outcome.REPEATED;
        }
        if (reported.onMainPath()) {
            return current.isFinal() || reported.ordinal() < current.ordinal() ? Outcome.OUT_OF_ORDER
                    : Outcome.APPLIED;
        }
        if (current.isFinal()) {
            return Outcome.NOT_ALLOWED;
        }
        OrderStatus lastAllowed = reported == OrderStatus.REJECTED ? OrderStatus.CREDIT_CHECKED : OrderStatus.RESERVED;
        return current.ordinal() <= lastAllowed.ordinal() ? Outcome.APPLIED : Outcome.NOT_ALLOWED;
    }

    /** The field a report of this status must carry, if any. */
    public static Optional<String> requiredDetail(OrderStatus status) {
        return Optional.ofNullable(switch (status) {
            case CONFIRMED -> "erpOrderNumber";
            case SHIPPED -> "trackingNumber";
            case INVOICED -> "invoiceNumber";
            case REJECTED, CANCELLED -> "reason";
            default -> null;
        });
    }
}
