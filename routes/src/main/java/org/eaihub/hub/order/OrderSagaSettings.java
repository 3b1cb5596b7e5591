package org.eaihub.hub.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The order-to-cash saga's policy and deadlines ({@code eaihub.hub.order.*}).
 *
 * @param stockPolicy        what missing stock leads to: BACKORDER (wait and retry) or CANCEL
 * @param stockPolicyByCustomer the policy for particular customers (CRM id), e.g. those who take no backorders
 * @param stepTimeout        how long an immediate step (an ERP call, a command) may stay unfinished before the
 *                           saga is driven again (after a crash, say)
 * @param customerTimeout    how long an order waits for its customer to reach the ERP before it is rejected
 * @param reservationTimeout how long the saga waits for the SCM's reservation outcome before it sends the request
 *                           again; after {@code maxResends} resends the order is cancelled
 * @param shipmentTimeout    the same for the SCM's acceptance of the shipment request
 * @param dispatchTimeout    after the SCM accepted: how long until the order is flagged overdue (it keeps waiting)
 * @param backorderRetry     how often a backordered order tries the reservation again
 * @param backorderTimeout   how long an order may stay backordered before it is cancelled
 * @param holdSeconds        how long the SCM holds a reservation
 * @param scanInterval       how often the hub looks for passed deadlines
 * @param crashAfterStep     fault injection for the crash tests only: halt the JVM after this step committed
 */
@ConfigurationProperties("eaihub.hub.order")
public record OrderSagaSettings(
        @DefaultValue("BACKORDER") StockPolicy stockPolicy,
        java.util.Map<String, StockPolicy> stockPolicyByCustomer,
        @DefaultValue("30s") Duration stepTimeout,
        @DefaultValue("2m") Duration customerTimeout,
        @DefaultValue("1m") Duration reservationTimeout,
        @DefaultValue("1m") Duration shipmentTimeout,
        @DefaultValue("2h") Duration dispatchTimeout,
        @DefaultValue("5m") Duration backorderRetry,
        @DefaultValue("3d") Duration backorderTimeout,
        @DefaultValue("3") int maxResends,
        @DefaultValue("1800") int holdSeconds,
        @DefaultValue("1s") Duration scanInterval,
        @DefaultValue("4") int consumers,
        String crashAfterStep) {
}
