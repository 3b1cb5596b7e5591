package org.eaihub.erp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class TradeHistoryTest {

    private static TradeHistory.OrderFact order(String date, String net, boolean cancelled) {
        BigDecimal value = new BigDecimal(net);
        return new TradeHistory.OrderFact(LocalDate.parse(date), value, value.multiply(new BigDecimal("1.13")),
                cancelled);
    }

    @Test
    void ordersAreSummedByTheMonthTheyWereCreatedAndCancelledOnesCountedApart() {
        List<TradeHistory.Period> periods = TradeHistory.byMonth(List.of(order("2026-03-01", "100", false),
                order("2026-03-31", "50", false), order("2026-03-15", "999", true), order("2026-05-02", "10", false)),
                List.of(), YearMonth.of(2026, 1), YearMonth.of(2026, 12));

        assertThat(periods).extracting(TradeHistory.Period::spmon).containsExactly("202603", "202605");
        TradeHistory.Period march = periods.get(0);
        assertThat(march.orderCount()).isEqualTo(2);
        assertThat(march.cancelledCount()).isEqualTo(1);
        assertThat(march.orderNet()).isEqualByComparingTo("150");
        assertThat(march.orderGross()).isEqualByComparingTo("169.50");
    }

    @Test
    void invoicesCountInTheMonthTheyWereBilled() {
        List<TradeHistory.Period> periods = TradeHistory.byMonth(List.of(order("2026-03-30", "100", false)),
                List.of(new TradeHistory.InvoiceFact(LocalDate.parse("2026-04-02"), new BigDecimal("100"))),
                YearMonth.of(2026, 1), YearMonth.of(2026, 12));

        assertThat(periods).extracting(TradeHistory.Period::spmon).containsExactly("202603", "202604");
        assertThat(periods.get(0).invoicedNet()).isEqualByComparingTo("0");
        assertThat(periods.get(1).invoicedNet()).isEqualByComparingTo("100");
        assertThat(periods.get(1).orderCount()).isZero();
    }

    @Test
    void monthsOutsideTheRangeAreLeftOut() {
        List<TradeHistory.Period> periods = TradeHistory.byMonth(List.of(order("2025-12-31", "1", false),
                order("2026-01-01", "2", false), order("2026-02-28", "3", false), order("2026-03-01", "4", false)),
                List.of(), YearMonth.of(2026, 1), YearMonth.of(2026, 2));

        assertThat(periods).extracting(TradeHistory.Period::spmon).containsExactly("202601", "202602");
    }

    @Test
    void periodsReadBack() {
        assertThat(TradeHistory.parse("202611")).isEqualTo(YearMonth.of(2026, 11));
    }
}
