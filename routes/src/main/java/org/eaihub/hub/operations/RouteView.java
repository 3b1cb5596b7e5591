package org.eaihub.hub.operations;

import java.util.Set;

/**
 * A route as operators see it: its state, its exchange counts and processing times (milliseconds, since start),
 * the endpoint it consumes from, and who holds it paused (backends' circuits, {@code operator}).
 */
public record RouteView(String id, String status, long exchangesTotal, long exchangesFailed, long exchangesInflight,
        long meanProcessingTime, long lastProcessingTime, String from, Set<String> heldBy) {
}
