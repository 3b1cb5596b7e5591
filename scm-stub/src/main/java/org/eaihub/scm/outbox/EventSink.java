package org.eaihub.scm.outbox;

import java.util.List;

/** Where published events go: Kafka in the application, a recorder in module tests. */
public interface EventSink {

    /** Sends the events in order and returns once every one is acknowledged; throws if any is not. */
    void send(List<OutgoingEvent> events);
}
