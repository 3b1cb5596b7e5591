package org.eaihub.scm.contract;

/** The events the SCM publishes, each on one topic and with its own JSON Schema. */
public enum EventType {

    RESERVATION_CONFIRMED("ReservationConfirmed", ScmTopics.RESERVATION_EVENTS),
    RESERVATION_PARTIALLY_CONFIRMED("ReservationPartiallyConfirmed", ScmTopics.RESERVATION_EVENTS),
    RESERVATION_REJECTED("ReservationRejected", ScmTopics.RESERVATION_EVENTS),
    RESERVATION_RELEASED("ReservationReleased", ScmTopics.RESERVATION_EVENTS),
    RESERVATION_RELEASE_REJECTED("ReservationReleaseRejected", ScmTopics.RESERVATION_EVENTS),
    RESERVATION_EXPIRED("ReservationExpired", ScmTopics.RESERVATION_EVENTS),
    SHIPMENT_ACCEPTED("ShipmentAccepted", ScmTopics.SHIPMENT_EVENTS),
    SHIPMENT_REJECTED("ShipmentRejected", ScmTopics.SHIPMENT_EVENTS),
    SHIPMENT_DISPATCHED("ShipmentDispatched", ScmTopics.SHIPMENT_EVENTS),
    SHIPMENT_DELIVERED("ShipmentDelivered", ScmTopics.SHIPMENT_EVENTS),
    INVENTORY_CHANGED("InventoryChanged", ScmTopics.INVENTORY_CHANGED),
    REPLENISHMENT_DEMAND("ReplenishmentDemand", ScmTopics.INVENTORY_CHANGED);

    /** Every event of this version carries {@code "schemaVersion": 1}. */
    public static final int SCHEMA_VERSION = 1;

    private final String wireName;
    private final String topic;

    EventType(String wireName, String topic) {
        this.wireName = wireName;
        this.topic = topic;
    }

    /** The value of the event's {@code type} field and of its {@code eventType} header. */
    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    public String schemaFile() {
        return wireName + ".schema.json";
    }
}
