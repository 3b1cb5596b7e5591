package org.eaihub.canonical.order;

import static org.eaihub.canonical.common.Patterns.ID;
import static org.eaihub.canonical.common.Patterns.UNIT_CODE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eaihub.canonical.common.Money;

/**
 * One line of a sales order; field names follow UBL 2.1 {@code OrderLine/LineItem}.
 *
 * @param id                  the line id within the order, e.g. {@code 1}
 * @param sku                 the seller's item id
 * @param itemName            the item's name
 * @param quantity            the ordered quantity
 * @param unitCode            the quantity's unit (UN/ECE Rec. 20), e.g. {@code EA}
 * @param priceAmount         the price of one unit
 * @param lineExtensionAmount the line's net amount
 */
public record SalesOrderLine(
        @NotNull @Pattern(regexp = ID) String id,
        @NotNull @Pattern(regexp = ID) String sku,
        @Size(min = 1, max = 200) String itemName,
        @NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal quantity,
        @NotNull @Pattern(regexp = UNIT_CODE) String unitCode,
        @NotNull @Valid Money priceAmount,
        @NotNull @Valid Money lineExtensionAmount) {
}
