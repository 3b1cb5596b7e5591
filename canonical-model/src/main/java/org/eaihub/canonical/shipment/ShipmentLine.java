package org.eaihub.canonical.shipment;

import static org.eaihub.canonical.common.Patterns.ID;
import static org.eaihub.canonical.common.Patterns.UNIT_CODE;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * One shipped item.
 *
 * @param lineId   the sales order line id
 * @param sku      the item
 * @param quantity the quantity in this shipment
 * @param unitCode the quantity's unit (UN/ECE Rec. 20)
 */
public record ShipmentLine(
        @NotNull @Pattern(regexp = ID) String lineId,
        @NotNull @Pattern(regexp = ID) String sku,
        @NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal quantity,
        @NotNull @Pattern(regexp = UNIT_CODE) String unitCode) {
}
