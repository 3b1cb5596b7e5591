/**
 * Fault injection: latency, error rate and kind of SOAP faults, and full outage, switchable by configuration
 * ({@code eaihub.erp.faults.*}), REST ({@code /api/faults}) and JMX ({@code eaihub.erp:type=FaultKnobs}).
 */
package org.eaihub.erp.faults;
