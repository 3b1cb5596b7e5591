package org.eaihub.adapters.scm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.canonical.shipment.Shipment;
import org.eaihub.canonical.shipment.ShipmentLine;
import org.eaihub.canonical.shipment.ShipmentStatus;
import org.junit.jupiter.api.Test;

class ScmShipmentViewsTest {

    @Test
    void theScmsShipmentViewsBecomeCanonicalShipmentsWithTheirStatusMapped() throws Exception {
        var views = new ObjectMapper().readTree("""
                [{"shipmentId":"SH-1","orderRef":"SO-000001","requestId":"r","status":"PLANNED","warehouse":"WH-SH",
                  "carrier":"SF-EXPRESS","trackingNumber":"SF1","serviceLevel":"STANDARD","shipToParty":"SP-000001",
                  "createdAt":"2026-12-01T08:00:00Z","plannedDispatchAt":"2026-12-01T09:00:00Z","dispatchedAt":null,
                  "expectedDeliveryAt":null,"deliveredAt":null,"lines":[{"lineNo":1,"sku":"SKU-00001","quantity":3}]},
                 {"shipmentId":"SH-2","orderRef":"SO-000001","requestId":"r","status":"DISPATCHED","warehouse":"WH-BJ",
                  "carrier":"SF-EXPRESS","trackingNumber":"SF2","serviceLevel":"STANDARD","shipToParty":"SP-000001",
                  "createdAt":"2026-12-01T08:00:00Z","plannedDispatchAt":"2026-12-01T09:00:00Z",
                  "dispatchedAt":"2026-12-01T09:00:00Z","expectedDeliveryAt":"2026-12-03T09:00:00Z",
                  "deliveredAt":null,"lines":[{"lineNo":2,"sku":"SKU-00002","quantity":1}]}]""");

        var shipments = ScmShipmentViews.listToCanonical(views);

        assertThat(shipments).containsExactly(
                new Shipment("SH-1", "SO-000001", ShipmentStatus.REQUESTED, "SF-EXPRESS", "SF1", null, null, null,
                        java.util.List.of(new ShipmentLine("1", "SKU-00001", BigDecimal.valueOf(3), "EA"))),
                new Shipment("SH-2", "SO-000001", ShipmentStatus.SHIPPED, "SF-EXPRESS", "SF2",
                        Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 3), null,
                        java.util.List.of(new ShipmentLine("2", "SKU-00002", BigDecimal.ONE, "EA"))));
        assertThat(ScmShipmentViews.status("DELIVERED")).isEqualTo(ShipmentStatus.DELIVERED);
    }
}
