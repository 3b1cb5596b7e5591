package org.eaihub.adapters.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eaihub.adapters.erp.ErpNotification;
import org.eaihub.adapters.erp.ErpNotification.PaymentReceived.Cleared;
import org.junit.jupiter.api.Test;

class CrmPaymentsTest {

    private static ErpNotification.PaymentReceived payment(String amount, List<Cleared> cleared) {
        return new ErpNotification.PaymentReceived("0000000000000042", "erp-clerk", "req-1", "0010000042",
                "1400000007", "2026-11-23", new BigDecimal(amount), "CNY", null, cleared);
    }

    @Test
    void eachClearedInvoiceIsAPaymentAgainstItAndTheRestIsOnAccount() {
        var parts = CrmPayments.of(payment("150.00", List.of(
                new Cleared("1800000001", "0090000001", new BigDecimal("100.00")),
                new Cleared("1800000002", "0090000002", new BigDecimal("20.00")))));

        assertThat(parts).extracting(CrmPayments.CrmPayment::eventId).containsExactly(
                "erp:0000000000000042:1800000001", "erp:0000000000000042:1800000002",
                "erp:0000000000000042:on-account");
        assertThat(parts).extracting(CrmPayments.CrmPayment::invoiceNumber)
                .containsExactly("0090000001", "0090000002", null);
        assertThat(parts.get(2).amount()).isEqualByComparingTo("30");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.paymentReference()).isEqualTo("1400000007");
            assertThat(p.paidAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        });
        assertThat(parts.stream().map(CrmPayments.CrmPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("150");
    }

    @Test
    void aPaymentThatClearedNothingIsAllOnAccount() {
        var parts = CrmPayments.of(payment("80.00", List.of()));

        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.invoiceNumber()).isNull();
            assertThat(p.amount()).isEqualByComparingTo("80");
        });
    }

    @Test
    void anItemWithoutInvoiceIsPaidOnAccountAndNothingIsLeftOver() {
        var parts = CrmPayments.of(payment("50.00", List.of(new Cleared("1800000003", null, new BigDecimal("50.00")))));

        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.eventId()).isEqualTo("erp:0000000000000042:1800000003");
            assertThat(p.invoiceNumber()).isNull();
        });
    }

    @Test
    void theSameNotificationGivesTheSameEventIds() {
        var cleared = List.of(new Cleared("1800000001", "0090000001", new BigDecimal("10.00")));
        assertThat(CrmPayments.of(payment("10.00", cleared))).isEqualTo(CrmPayments.of(payment("10.00", cleared)));
    }
}
