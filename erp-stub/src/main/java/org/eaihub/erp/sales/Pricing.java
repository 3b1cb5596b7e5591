package org.eaihub.erp.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.eaihub.erp.common.Money;

/**
 * Prices order items from the ERP's own price list: the list price (condition PR00) times the quantity, then
 * output tax (condition MWST) at {@link #VAT_RATE}, each rounded per item to cents; the header values are the
 * sums of the items. The client's prices, if it has any, play no part: the ERP's price list decides.
 */
public final class Pricing {

    /** Chinese VAT on goods. */
    public static final BigDecimal VAT_RATE = new BigDecimal("0.13");
    /** Units counted in whole pieces. */
    private static final Set<String> WHOLE_UNITS = Set.of("EA", "PC", "ST");
    private static final int POSITION_STEP = 10;

    /** One condition record of the price list: a material's list price per sales unit. */
    public record PriceListEntry(String material, String description, String unit, BigDecimal price, String currency) {
    }

    /** An item as the order asks for it; position and unit may be left to the ERP. */
    public record Requested(String position, String material, BigDecimal quantity, String unit) {
    }

    public record Line(String position, String material, String description, BigDecimal quantity, String unit,
            BigDecimal netPrice, int priceUnit, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    public record Result(List<Line> lines, BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    private Pricing() {
    }

    public static Result price(List<Requested> items, Function<String, Optional<PriceListEntry>> priceList) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one item");
        }
        List<Line> lines = new ArrayList<>();
        Set<String> positions = new HashSet<>();
        int lastPosition = 0;
        BigDecimal net = Money.ZERO;
        BigDecimal tax = Money.ZERO;
        for (Requested item : items) {
            int number = item.position() != null ? Integer.parseInt(item.position()) : lastPosition + POSITION_STEP;
            String position = String.format("%06d", number);
            if (number <= 0 || !positions.add(position)) {
                throw ErpException.at(ErpMessage.ITEM_NUMBER_TWICE, "ORDER_ITEMS_IN", "POSNR", position);
            }
            lastPosition = Math.max(lastPosition, number);
            PriceListEntry entry = priceList.apply(item.material()).orElseThrow(() -> ErpException.at(
                    ErpMessage.MATERIAL_NOT_FOUND, "ORDER_ITEMS_IN", "MATNR", item.material(), position));
            String unit = item.unit() != null ? item.unit() : entry.unit();
            if (!unit.equals(entry.unit())) {
                throw ErpException.at(ErpMessage.UNIT_NOT_ALLOWED, "ORDER_ITEMS_IN", "VRKME", unit, position,
                        item.material(), entry.unit());
            }
            BigDecimal quantity = item.quantity().stripTrailingZeros();
            if (quantity.signum() <= 0) {
                throw new IllegalArgumentException("Quantity of item " + position + " is not positive");
            }
            if (WHOLE_UNITS.contains(unit) && quantity.scale() > 0) {
                throw ErpException.at(ErpMessage.QUANTITY_NOT_WHOLE, "ORDER_ITEMS_IN", "KWMENG",
                        quantity.toPlainString(), position, unit);
            }
            BigDecimal netPrice = Money.of(entry.price());
            BigDecimal lineNet = Money.of(netPrice.multiply(quantity));
            BigDecimal lineTax = lineNet.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
            lines.add(new Line(position, entry.material(), entry.description(), quantity.setScale(3), unit, netPrice,
                    1, lineNet, lineTax, lineNet.add(lineTax)));
            net = net.add(lineNet);
            tax = tax.add(lineTax);
        }
        return new Result(List.copyOf(lines), net, tax, net.add(tax));
    }
}
