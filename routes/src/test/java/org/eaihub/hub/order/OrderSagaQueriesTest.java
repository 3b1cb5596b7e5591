package org.eaihub.hub.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OrderSagaQueriesTest {

    @Test
    void everySagaNotInATerminalStateIsOpen() {
        assertThat(OrderSagaQueries.openOf(Map.of("COMPLETED", 40L, "REJECTED", 2L, "CANCELLED", 3L, "SHIPPING", 4L,
                "BACKORDERED", 1L, "A_STATE_FROM_A_NEWER_HUB", 1L))).isEqualTo(6);
        assertThat(OrderSagaQueries.openOf(Map.of())).isZero();
    }
}
