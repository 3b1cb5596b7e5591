package org.eaihub.erp.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eaihub.erp.common.ErpException;
import org.junit.jupiter.api.Test;

class PricingTest {

    private static final Map<String, Pricing.PriceListEntry> PRICE_LIST = Map.of(
            "SKU-1", new Pricing.PriceListEntry("SKU-1", "Laptop", "EA", new BigDecimal("20.99"), "CNY"),
            "SKU-2", new Pricing.PriceListEntry("SKU-2", "Cable", "EA", new BigDecimal("7355.99"), "CNY"),
            "KG-1", new Pricing.PriceListEntry("KG-1", "Copper", "KG", new BigDecimal("3.33"), "CNY"));
    private static final Function<String, Optional<Pricing.PriceListEntry>> LOOKUP =
            m -> Optional.ofNullable(PRICE_LIST.get(m));

    private static Pricing.Requested item(String material, String quantity) {
        return new Pricing.Requested(null, material, new BigDecimal(quantity), null);
    }

    @Test
    void linesArePricedFromTheListWithTaxRoundedPerLine() {
        Pricing.Result result = Pricing.price(List.of(item("SKU-1", "3")), LOOKUP);

        Pricing.Line line = result.lines().get(0);
        assertThat(line.netPrice()).isEqualByComparingTo("20.99");
        assertThat(line.net()).isEqualByComparingTo("62.97");
        assertThat(line.tax()).isEqualByComparingTo("8.19"); // 62.97 * 0.13 = 8.1861
        assertThat(line.gross()).isEqualByComparingTo("71.16");
        assertThat(line.description()).isEqualTo("Laptop");
        assertThat(line.unit()).isEqualTo("EA");
        assertThat(line.quantity()).isEqualByComparingTo("3").hasScaleOf(3);
    }

    @Test
    void theHeaderIsTheSumOfItsLines() {
        Pricing.Result result = Pricing.price(List.of(item("SKU-1", "3"), item("SKU-2", "2"),
                item("KG-1", "1.5")), LOOKUP);

        assertThat(result.net()).isEqualByComparingTo("14779.95"); // 62.97 + 14711.98 + 5.00 (4.995 rounded)
        assertThat(result.tax()).isEqualByComparingTo(result.lines().stream().map(Pricing.Line::tax)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(result.gross()).isEqualByComparingTo(result.net().add(result.tax()));
        assertThat(result.lines().get(2).net()).isEqualByComparingTo("5.00");
    }

    @Test
    void itemsAreNumberedInTensUnlessTheRequestNumbersThem() {
        Pricing.Result result = Pricing.price(List.of(item("SKU-1", "1"),
                new Pricing.Requested("000100", "SKU-2", BigDecimal.ONE, "EA"), item("SKU-1", "1")), LOOKUP);

        assertThat(result.lines()).extracting(Pricing.Line::position).containsExactly("000010", "000100", "000110");
    }

    @Test
    void anItemNumberUsedTwiceIsRefused() {
        assertThatThrownBy(() -> Pricing.price(List.of(new Pricing.Requested("000010", "SKU-1", BigDecimal.ONE, null),
                new Pricing.Requested("000010", "SKU-2", BigDecimal.ONE, null)), LOOKUP))
                .isInstanceOf(ErpException.class).hasMessageContaining("000010");
    }

    @Test
    void anUnknownMaterialIsRefusedByName() {
        assertThatThrownBy(() -> Pricing.price(List.of(item("SKU-1", "1"), item("NOPE-9", "1")), LOOKUP))
                .isInstanceOfSatisfying(ErpException.class, e -> {
                    assertThat(e.first().message()).isEqualTo("Material NOPE-9 does not exist (item 000020)");
                    assertThat(e.first().field()).isEqualTo("MATNR");
                    assertThat(e.first().number()).isEqualTo("030");
                    assertThat(e.first().variables()).containsExactly("NOPE-9", "000020");
                });
    }

    @Test
    void piecesAreWhole() {
        assertThatThrownBy(() -> Pricing.price(List.of(item("SKU-1", "1.5")), LOOKUP))
                .isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.first().field()).isEqualTo("KWMENG"));
        assertThat(Pricing.price(List.of(item("SKU-1", "2.000")), LOOKUP).net()).isEqualByComparingTo("41.98");
    }

    @Test
    void theUnitMustBeTheMaterialsSalesUnit() {
        assertThatThrownBy(() -> Pricing.price(List.of(new Pricing.Requested(null, "SKU-1", BigDecimal.ONE, "KG")),
                LOOKUP)).isInstanceOfSatisfying(ErpException.class, e -> assertThat(e.first().message())
                        .contains("KG", "SKU-1", "EA"));
    }
}
