package org.eaihub.scm;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eaihub.scm.contract.ContractJson;
import org.eaihub.scm.contract.ScmTopics;

/** Commands as the hub would send them, and the records they arrive in. */
public final class Commands {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private Commands() {
    }

    public record Line(int lineNo, String sku, int quantity) {
    }

    public static ObjectNode reservation(String requestId, String orderRef, Line... lines) {
        ObjectNode node = head("ReservationRequest", requestId).put("orderRef", orderRef);
        ArrayNode array = node.putArray("lines");
        for (Line line : lines) {
            array.addObject().put("lineNo", line.lineNo()).put("sku", line.sku()).put("quantity", line.quantity());
        }
        return node;
    }

    public static ObjectNode release(String requestId, String orderRef) {
        return head("ReservationRelease", requestId).put("orderRef", orderRef).put("reason", "ORDER_CANCELLED");
    }

    public static ObjectNode shipment(String requestId, String orderRef, String shipToParty) {
        return head("ShipmentRequest", requestId).put("orderRef", orderRef).put("shipToParty", shipToParty);
    }

    public static ObjectNode pullList(String requestId, String pullListId, String sku, String warehouse, int quantity) {
        ObjectNode node = head("PullList", requestId).put("pullListId", pullListId).put("supplier", "SUP-001");
        node.putArray("lines").addObject().put("sku", sku).put("warehouse", warehouse).put("quantity", quantity);
        return node;
    }

    private static ObjectNode head(String type, String requestId) {
        return ContractJson.mapper().createObjectNode().put("type", type).put("schemaVersion", 1)
                .put("requestId", requestId);
    }

    /** The record a command arrives in on its topic, keyed as the contract says. */
    public static ConsumerRecord<byte[], byte[]> record(ObjectNode command) {
        String type = command.path("type").asText();
        String topic = switch (type) {
            case "ReservationRequest" -> ScmTopics.RESERVATION_REQUESTS;
            case "ReservationRelease" -> ScmTopics.RESERVATION_RELEASES;
            case "ShipmentRequest" -> ScmTopics.SHIPMENT_REQUESTS;
            case "PullList" -> ScmTopics.SUPPLIER_PULL_LISTS;
            default -> throw new IllegalArgumentException(type);
        };
        String key = command.has("orderRef") ? command.path("orderRef").asText() : command.path("pullListId").asText();
        return record(topic, key, ContractJson.write(command));
    }

    public static ConsumerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, OFFSETS.incrementAndGet(), key.getBytes(StandardCharsets.UTF_8), value);
    }
}
