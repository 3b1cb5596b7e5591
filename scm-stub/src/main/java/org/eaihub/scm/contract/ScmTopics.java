package org.eaihub.scm.contract;

import java.util.List;

/**
 * The SCM's Kafka topics, as declared in the landscape's configuration ({@code eaihub.kafka.topics}). The
 * SCM consumes the command topics and publishes on the event topics; every consumed topic has a dead-letter
 * topic {@code <topic>.DLT}.
 */
public final class ScmTopics {

    /** {@code ReservationRequest}, keyed by order reference. */
    public static final String RESERVATION_REQUESTS = "scm.reservation.requests";
    /** {@code ReservationRelease}, keyed by order reference. */
    public static final String RESERVATION_RELEASES = "scm.reservation.releases";
    /** {@code ShipmentRequest}, keyed by order reference. */
    public static final String SHIPMENT_REQUESTS = "scm.shipment.requests";
    /** {@code PullList}, keyed by pull list id. */
    public static final String SUPPLIER_PULL_LISTS = "scm.supplier.pull-lists";

    /** Reservation outcomes, keyed by order reference. */
    public static final String RESERVATION_EVENTS = "scm.reservation.events";
    /** Shipment outcomes and progress, keyed by order reference. */
    public static final String SHIPMENT_EVENTS = "scm.shipment.events";
    /** {@code InventoryChanged} and {@code ReplenishmentDemand}, keyed by SKU. */
    public static final String INVENTORY_CHANGED = "scm.inventory.changed";

    public static final List<String> COMMAND_TOPICS =
            List.of(RESERVATION_REQUESTS, RESERVATION_RELEASES, SHIPMENT_REQUESTS, SUPPLIER_PULL_LISTS);
    public static final List<String> EVENT_TOPICS = List.of(RESERVATION_EVENTS, SHIPMENT_EVENTS, INVENTORY_CHANGED);

    private ScmTopics() {
    }

    public static String deadLetterTopic(String topic) {
        return topic + ".DLT";
    }
}
