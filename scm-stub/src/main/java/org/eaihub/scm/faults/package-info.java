/**
 * Fault knobs for testing the hub against a misbehaving SCM: latency, an error rate, malformed events and a
 * full outage. Switchable over REST ({@code /api/faults}), JMX ({@code eaihub.scm:type=Faults}) and
 * configuration ({@code eaihub.scm.faults.*}); all off by default.
 */
package org.eaihub.scm.faults;
