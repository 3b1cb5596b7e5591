package org.eaihub.crm.atp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record WarehouseAvailability(
        @Column(name = "warehouse") String warehouse,
        @Column(name = "available") long available,
        @Column(name = "as_of") Instant asOf) {
}
