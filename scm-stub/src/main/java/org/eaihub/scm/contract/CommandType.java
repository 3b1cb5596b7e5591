package org.eaihub.scm.contract;

import java.util.Arrays;
import java.util.Optional;

/** The commands the SCM accepts: one per command topic, each with its own JSON Schema and Java record. */
public enum CommandType {

    RESERVATION_REQUEST("ReservationRequest", ScmTopics.RESERVATION_REQUESTS, ReservationRequest.class),
    RESERVATION_RELEASE("ReservationRelease", ScmTopics.RESERVATION_RELEASES, ReservationRelease.class),
    SHIPMENT_REQUEST("ShipmentRequest", ScmTopics.SHIPMENT_REQUESTS, ShipmentRequest.class),
    PULL_LIST("PullList", ScmTopics.SUPPLIER_PULL_LISTS, PullList.class);

    private final String wireName;
    private final String topic;
    private final Class<? extends ScmCommand> recordType;

    CommandType(String wireName, String topic, Class<? extends ScmCommand> recordType) {
        this.wireName = wireName;
        this.topic = topic;
        this.recordType = recordType;
    }

    /** The value of the message's {@code type} field. */
    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends ScmCommand> recordType() {
        return recordType;
    }

    public String schemaFile() {
        return wireName + ".schema.json";
    }

    public static Optional<CommandType> forTopic(String topic) {
        return Arrays.stream(values()).filter(t -> t.topic.equals(topic)).findFirst();
    }
}
