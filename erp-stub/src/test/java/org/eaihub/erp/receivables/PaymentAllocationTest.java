package org.eaihub.erp.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaymentAllocationTest {

    private static PaymentAllocation.OpenDebit debit(String document, int dueDay, String open) {
        return new PaymentAllocation.OpenDebit(document, LocalDate.of(2026, 1, dueDay), new BigDecimal(open));
    }

    @Test
    void aPaymentClearsItemsInOrderAndReducesTheLastItReaches() {
        PaymentAllocation.Result result = PaymentAllocation.allocate(new BigDecimal("150"),
                List.of(debit("A", 1, "100"), debit("B", 2, "80"), debit("C", 3, "10")));

        assertThat(result.applied()).extracting(PaymentAllocation.Applied::document).containsExactly("A", "B");
        assertThat(result.applied().get(0).clears()).isTrue();
        assertThat(result.applied().get(1).amount()).isEqualByComparingTo("50");
        assertThat(result.applied().get(1).rest()).isEqualByComparingTo("30");
        assertThat(result.applied().get(1).clears()).isFalse();
        assertThat(result.unapplied()).isEqualByComparingTo("0");
    }

    @Test
    void whatIsLeftAfterTheLastItemIsUnapplied() {
        PaymentAllocation.Result result = PaymentAllocation.allocate(new BigDecimal("200.50"),
                List.of(debit("A", 1, "100"), debit("B", 2, "80")));

        assertThat(result.applied()).allSatisfy(a -> assertThat(a.clears()).isTrue());
        assertThat(result.unapplied()).isEqualByComparingTo("20.50");
    }

    @Test
    void withoutItemsEverythingIsUnapplied() {
        assertThat(PaymentAllocation.allocate(BigDecimal.TEN, List.of()).unapplied()).isEqualByComparingTo("10");
    }

    @Test
    void itemsWithNothingOpenAreSkipped() {
        PaymentAllocation.Result result = PaymentAllocation.allocate(BigDecimal.TEN,
                List.of(debit("A", 1, "0"), debit("B", 1, "-5"), debit("C", 1, "4")));

        assertThat(result.applied()).extracting(PaymentAllocation.Applied::document).containsExactly("C");
    }

    @Test
    void theDefaultOrderIsOldestDueFirst() {
        List<PaymentAllocation.OpenDebit> sorted = List.of(debit("B", 5, "1"), debit("C", 1, "1"), debit("A", 5, "1"))
                .stream().sorted(PaymentAllocation.OLDEST_DUE_FIRST).toList();

        assertThat(sorted).extracting(PaymentAllocation.OpenDebit::document).containsExactly("C", "A", "B");
    }

    @Test
    void aPaymentIsPositive() {
        assertThatThrownBy(() -> PaymentAllocation.allocate(BigDecimal.ZERO, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
