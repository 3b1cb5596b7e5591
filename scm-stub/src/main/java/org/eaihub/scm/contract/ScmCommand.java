package org.eaihub.scm.contract;

/** A command from the hub. Its {@code requestId} makes it idempotent: a repeated request id changes nothing. */
public sealed interface ScmCommand permits ReservationRequest, ReservationRelease, ShipmentRequest, PullList {

    String type();

    int schemaVersion();

    String requestId();

    /** The business key the command is about: the order reference, or the pull list id. */
    String reference();
}
