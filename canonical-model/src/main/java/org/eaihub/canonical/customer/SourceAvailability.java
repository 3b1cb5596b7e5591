package org.eaihub.canonical.customer;

/** Whether a system contributed to an aggregated answer. */
public enum SourceAvailability {
    ANSWERED,
    UNAVAILABLE,
    TIMED_OUT
}
