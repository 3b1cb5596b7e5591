package org.eaihub.crm.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eaihub.crm.order.OrderStatus.BACKORDERED;
import static org.eaihub.crm.order.OrderStatus.CANCELLED;
import static org.eaihub.crm.order.OrderStatus.CAPTURED;
import static org.eaihub.crm.order.OrderStatus.COMPLETED;
import static org.eaihub.crm.order.OrderStatus.CONFIRMED;
import static org.eaihub.crm.order.OrderStatus.CREDIT_CHECKED;
import static org.eaihub.crm.order.OrderStatus.INVOICED;
import static org.eaihub.crm.order.OrderStatus.REJECTED;
import static org.eaihub.crm.order.OrderStatus.RESERVED;
import static org.eaihub.crm.order.OrderStatus.SHIPPED;
import static org.eaihub.crm.order.StatusRules.Outcome.APPLIED;
import static org.eaihub.crm.order.StatusRules.Outcome.NOT_ALLOWED;
import static org.eaihub.crm.order.StatusRules.Outcome.OUT_OF_ORDER;
import static org.eaihub.crm.order.StatusRules.Outcome.REPEATED;

import org.eaihub.canonical.order.SalesOrderStatus;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    @Test
    void theMainPathMovesForwardOneStepAtATime() {
        OrderStatus[] path = {CAPTURED, CREDIT_CHECKED, CONFIRMED, RESERVED, SHIPPED, INVOICED, COMPLETED};
        for (int i = 1; i < path.length; i++) {
            assertThat(StatusRules.decide(path[i - 1], path[i])).as(path[i - 1] + " → " + path[i]).isEqualTo(APPLIED);
        }
        assertThat(StatusRules.decide(CONFIRMED, BACKORDERED)).isEqualTo(APPLIED);
        assertThat(StatusRules.decide(BACKORDERED, RESERVED)).isEqualTo(APPLIED);
    }

    @Test
    void stepsMayBeSkippedButALateStepNeverPullsTheOrderBack() {
        assertThat(StatusRules.decide(CONFIRMED, SHIPPED)).isEqualTo(APPLIED);
        assertThat(StatusRules.decide(SHIPPED, RESERVED)).isEqualTo(OUT_OF_ORDER);
        assertThat(StatusRules.decide(RESERVED, BACKORDERED)).isEqualTo(OUT_OF_ORDER);
        assertThat(StatusRules.decide(COMPLETED, INVOICED)).isEqualTo(OUT_OF_ORDER);
        assertThat(StatusRules.decide(CANCELLED, RESERVED)).as("after an end").isEqualTo(OUT_OF_ORDER);
    }

    @Test
    void theSameStatusAgainIsRepeated() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(StatusRules.decide(status, status)).isEqualTo(REPEATED);
        }
    }

    @Test
    void rejectionOnlyBeforeConfirmationCancellationOnlyBeforeShipment() {
        assertThat(StatusRules.decide(CAPTURED, REJECTED)).isEqualTo(APPLIED);
        assertThat(StatusRules.decide(CREDIT_CHECKED, REJECTED)).isEqualTo(APPLIED);
        assertThat(StatusRules.decide(CONFIRMED, REJECTED)).isEqualTo(NOT_ALLOWED);
        assertThat(StatusRules.decide(RESERVED, CANCELLED)).isEqualTo(APPLIED);
        assertThat(StatusRules.decide(BACKORDERED, CANCELLED)).isEqualTo(APPLIED);
        assertThat(StatusRules.decide(SHIPPED, CANCELLED)).isEqualTo(NOT_ALLOWED);
        assertThat(StatusRules.decide(REJECTED, CANCELLED)).isEqualTo(NOT_ALLOWED);
        assertThat(StatusRules.decide(COMPLETED, CANCELLED)).isEqualTo(NOT_ALLOWED);
    }

    @Test
    void eachStatusNamesTheDetailItNeedsAndMapsToTheCanonicalStatus() {
        assertThat(StatusRules.requiredDetail(CONFIRMED)).contains("erpOrderNumber");
        assertThat(StatusRules.requiredDetail(SHIPPED)).contains("trackingNumber");
        assertThat(StatusRules.requiredDetail(INVOICED)).contains("invoiceNumber");
        assertThat(StatusRules.requiredDetail(CANCELLED)).contains("reason");
        assertThat(StatusRules.requiredDetail(RESERVED)).isEmpty();
        assertThat(CAPTURED.toCanonical()).isEqualTo(SalesOrderStatus.RECEIVED);
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(status.toCanonical()).isNotNull();
        }
    }
}
