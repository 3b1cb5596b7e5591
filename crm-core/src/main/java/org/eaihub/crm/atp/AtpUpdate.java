package org.eaihub.crm.atp;

import static org.eaihub.canonical.common.Patterns.ID;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The SCM's figures for one SKU as of a time: the total available over all warehouses and the figures of the
 * warehouses it names (one SCM inventory-changed event names one).
 */
public record AtpUpdate(
        @NotNull Instant asOf,
        @NotNull Long totalAvailable,
        @NotNull @Size(max = 100) List<@NotNull @Valid Warehouse> warehouses) {

    public record Warehouse(@NotNull @Pattern(regexp = ID) String warehouse, @NotNull Long available) {
    }
}
