package org.eaihub.hub.order;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.apache.camel.ProducerTemplate;
import org.eaihub.canonical.WireContract;

/**
 * Finds the sagas whose deadline passed and puts one message per deadline on {@code hub.order.events}, where the
 * saga's own consumer handles it like any other trigger (so a deadline that needs the ERP waits behind the ERP's
 * circuit like everything else). One hub instance scans at a time (ShedLock); the deadline's number is the
 * broker's duplicate id, so a deadline raised twice is delivered once.
 */
public class OrderDeadlines {

    private static final String LOCK = "order-saga-deadlines";

    private final OrderSagaStore store;
    private final LockingTaskExecutor locks;
    private final ProducerTemplate producer;
    private final Clock clock;

    public OrderDeadlines(OrderSagaStore store, LockingTaskExecutor locks, ProducerTemplate producer, Clock clock) {
        this.store = store;
        this.locks = locks;
        this.producer = producer;
        this.clock = clock;
    }

    public void raise() {
        locks.executeWithLock((Runnable) () -> {
            for (OrderSagaStore.Due due : store.due(clock.instant(), 500)) {
                producer.sendBodyAndHeaders("jms:queue:" + OrderToCashRoute.EVENTS + "?exchangePattern=InOnly", "",
                        Map.of(OrderToCashRoute.TRIGGER, "DEADLINE",
                                OrderToCashRoute.DEADLINE_SEQ, due.deadlineSeq(),
                                WireContract.BUSINESS_KEY, due.orderNumber(),
                                "JMSXGroupID", due.orderNumber(),
                                "_AMQ_DUPL_ID", "deadline:" + due.orderNumber() + ":" + due.deadlineSeq()));
            }
        }, new LockConfiguration(clock.instant(), LOCK, Duration.ofSeconds(30), Duration.ZERO));
    }
}
