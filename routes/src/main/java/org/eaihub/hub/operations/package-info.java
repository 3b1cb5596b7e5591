/**
 * Operating the hub: route control for operators, the audit of what operators did, and the hub's own gauges
 * (dead-letter queue depths, saga states, reconciliation drift) on {@code /actuator/prometheus}.
 */
package org.eaihub.hub.operations;
