package org.eaihub.canonical.inventory;

import static org.eaihub.canonical.common.Patterns.ID;
import static org.eaihub.canonical.common.Patterns.UNIT_CODE;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The stock of one item at one location, as the SCM counts it.
 *
 * @param sku        the item
 * @param locationId the warehouse or hub
 * @param onHand     physically in stock
 * @param reserved   held for orders
 * @param available  free to promise (usually on hand minus reserved, less any safety stock)
 * @param unitCode   the unit of all three quantities (UN/ECE Rec. 20)
 * @param asOf       when the SCM counted
 */
public record InventoryBalance(
        @NotNull @Pattern(regexp = ID) String sku,
        @NotNull @Pattern(regexp = ID) String locationId,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal onHand,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal reserved,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal available,
        @NotNull @Pattern(regexp = UNIT_CODE) String unitCode,
        @NotNull Instant asOf) {
}
