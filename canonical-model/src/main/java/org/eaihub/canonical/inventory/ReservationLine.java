package org.eaihub.canonical.inventory;

import static org.eaihub.canonical.common.Patterns.ID;
import static org.eaihub.canonical.common.Patterns.UNIT_CODE;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;
import org.eaihub.canonical.validation.CrossFieldViolations;

/**
 * One reserved item of a sales order.
 *
 * @param lineId                the sales order line id
 * @param sku                   the item
 * @param locationId            where the stock is held; the SCM chooses when absent in a request
 * @param requestedQuantity     the quantity asked for
 * @param reservedQuantity      the quantity reserved (absent in a request; at most the requested quantity)
 * @param unitCode              the unit of both quantities (UN/ECE Rec. 20)
 * @param expectedAvailableDate when a back-ordered remainder is expected
 */
@CrossFieldChecked
public record ReservationLine(
        @NotNull @Pattern(regexp = ID) String lineId,
        @NotNull @Pattern(regexp = ID) String sku,
        @Pattern(regexp = ID) String locationId,
        @NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal requestedQuantity,
        @PositiveOrZero @Digits(integer = 12, fraction = 6) BigDecimal reservedQuantity,
        @NotNull @Pattern(regexp = UNIT_CODE) String unitCode,
        LocalDate expectedAvailableDate) implements CrossFieldRules {

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (reservedQuantity != null && requestedQuantity != null
                && reservedQuantity.compareTo(requestedQuantity) > 0) {
            violations.add("reservedQuantity", "maximum requestedQuantity");
        }
    }
}
