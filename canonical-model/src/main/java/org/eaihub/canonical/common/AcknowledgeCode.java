package org.eaihub.canonical.common;

/** The answer of an {@code Acknowledge…} message, as OAGIS' action codes. */
public enum AcknowledgeCode {
    /** Done as asked. */
    ACCEPTED,
    /** Done, but not exactly as asked (e.g. a partial reservation); the reasons say what changed. */
    MODIFIED,
    /** Not done; at least one reason says why. */
    REJECTED
}
