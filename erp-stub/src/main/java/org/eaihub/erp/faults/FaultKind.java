package org.eaihub.erp.faults;

/** What a call that the error rate picks suffers. */
public enum FaultKind {
    /** A soap:Server fault, as from a crashed backend; nothing is processed. */
    SERVER,
    /** A soap:Client ErpFault with an error message (a lock conflict), as from a business rule; nothing is processed. */
    BUSINESS,
    /** No answer for the configured latency, then HTTP 504: what a client sees when its backend times out. */
    HANG,
    /** The call is processed, but its response is cut off half way: not well-formed XML. */
    MALFORMED
}
