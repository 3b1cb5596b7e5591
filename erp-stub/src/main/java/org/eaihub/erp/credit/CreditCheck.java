package org.eaihub.erp.credit;

import java.math.BigDecimal;

import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.Money;

/**
 * The static credit limit check: the credit exposure (open receivables plus the value of the new order) must
 * not exceed the customer's credit limit, and a customer blocked in credit management passes no check at all.
 * A customer without a limit (zero) passes only orders without value.
 */
public final class CreditCheck {

    /** Why a check ended as it did (the code travels as REASON). */
    public enum Reason {
        WITHIN_LIMIT("00", ErpMessage.CREDIT_APPROVED),
        LIMIT_EXCEEDED("01", ErpMessage.CREDIT_LIMIT_EXCEEDED),
        BLOCKED("02", ErpMessage.CREDIT_BLOCKED),
        NO_LIMIT("03", ErpMessage.CREDIT_NO_LIMIT);

        private final String code;
        private final ErpMessage message;

        Reason(String code, ErpMessage message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public ErpMessage message() {
            return message;
        }
    }

    /** Credit status (CMGST): A approved, B blocked. */
    public enum Status {
        APPROVED("A"), BLOCKED("B");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Status of(String code) {
            return "B".equals(code) ? BLOCKED : APPROVED;
        }
    }

    /**
     * The outcome of one check.
     *
     * @param exposure open receivables plus the new order value (OBLIG)
     */
    public record Decision(Status status, Reason reason, BigDecimal creditLimit, BigDecimal openReceivables,
            BigDecimal orderValue, BigDecimal exposure) {

        public boolean approved() {
            return status == Status.APPROVED;
        }

        /** The reason as a sentence, for REASON_TEXT and messages. */
        public String text(String customer, String currency) {
            return switch (reason) {
                case WITHIN_LIMIT, LIMIT_EXCEEDED -> reason.message().format(Money.text(exposure),
                        Money.text(creditLimit), currency);
                case BLOCKED, NO_LIMIT -> reason.message().format(customer);
            };
        }
    }

    private CreditCheck() {
    }

    public static Decision check(BigDecimal creditLimit, boolean blocked, BigDecimal openReceivables,
            BigDecimal orderValue) {
        BigDecimal limit = Money.of(creditLimit);
        BigDecimal open = Money.of(openReceivables);
        BigDecimal value = Money.of(orderValue);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("An order value is not negative: " + value);
        }
        BigDecimal exposure = open.add(value);
        Reason reason;
        if (blocked) {
            reason = Reason.BLOCKED;
        } else if (exposure.compareTo(limit) <= 0) {
            reason = Reason.WITHIN_LIMIT;
        } else if (limit.signum() == 0) {
            reason = Reason.NO_LIMIT;
        } else {
            reason = Reason.LIMIT_EXCEEDED;
        }
        return new Decision(reason == Reason.WITHIN_LIMIT ? Status.APPROVED : Status.BLOCKED, reason, limit, open,
                value, exposure);
    }

    /**
     * The customer's standing credit status, with no order in view: blocked by flag, or open receivables
     * above the limit. Its changes are what the ERP notifies as CREDIT_STATUS_CHANGED.
     */
    public static Decision standing(BigDecimal creditLimit, boolean blocked, BigDecimal openReceivables) {
        return check(creditLimit, blocked, openReceivables, BigDecimal.ZERO);
    }
}
