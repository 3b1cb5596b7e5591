package org.eaihub.hub.customer360;

import java.time.Duration;

/**
 * How long each system may take to answer a customer 360 ({@code eaihub.hub.customer360.timeout.*}); each timeout
 * counts from the moment its system is asked.
 */
public record Customer360Settings(Duration crmTimeout, Duration erpTimeout, Duration scmTimeout) {
}
