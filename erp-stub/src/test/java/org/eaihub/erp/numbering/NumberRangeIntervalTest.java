package org.eaihub.erp.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eaihub.config.seed.SeedData;
import org.junit.jupiter.api.Test;

class NumberRangeIntervalTest {

    private final NumberRangeInterval interval = new NumberRangeInterval(10_000_001L, 19_999_999L, 10);

    @Test
    void numbersFollowEachOtherWithLeadingZeros() {
        long first = interval.next(interval.initialCounter());
        assertThat(interval.format(first)).isEqualTo("0010000001");
        assertThat(interval.format(interval.next(first))).isEqualTo("0010000002");
    }

    @Test
    void anExhaustedIntervalRefusesInsteadOfWrappingAround() {
        NumberRangeInterval small = new NumberRangeInterval(1, 2, 3);
        assertThat(small.next(1)).isEqualTo(2);
        assertThatThrownBy(() -> small.next(2)).isInstanceOf(NumberRangeInterval.NumberRangeExhaustedException.class);
    }

    @Test
    void aCounterOutsideTheIntervalIsAnError() {
        assertThatThrownBy(() -> interval.next(5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> interval.format(20_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printedNumbersReadBack() {
        assertThat(interval.parse("0010000042")).isEqualTo(10_000_042L);
        assertThatThrownBy(() -> interval.parse("10000042")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> interval.parse("0090000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIntervalMustFitItsDigits() {
        assertThatThrownBy(() -> new NumberRangeInterval(1, 1000, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberRangeInterval(5, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeedsCustomerNumbersAreTheFirstOfTheDebitorRange() {
        NumberRangeInterval debitor = NumberRangeObject.DEBITOR.interval();
        long counter = debitor.initialCounter();
        for (SeedData.Customer customer : SeedData.customers()) {
            counter = debitor.next(counter);
            assertThat(debitor.format(counter)).isEqualTo(customer.erpNumber());
        }
    }

    @Test
    void everyDocumentRangePrintsTenDigitsAndNotificationsSixteen() {
        for (NumberRangeObject object : NumberRangeObject.values()) {
            NumberRangeInterval range = object.interval();
            String first = range.format(range.next(range.initialCounter()));
            assertThat(first).hasSize(object == NumberRangeObject.NOTIFICATION ? 16 : 10).containsOnlyDigits();
        }
    }
}
