package org.eaihub.hub.customer;

/** What to do with an incoming customer change. */
public enum SyncDecision {
    /** A newer version with a real change for the other system: write it there. */
    APPLY,
    /** An older or equal version than one already applied: record it, do not apply it. */
    STALE,
    /** A newer version whose part for the other system equals what the hub last wrote there: nothing to write. */
    ECHO
}
