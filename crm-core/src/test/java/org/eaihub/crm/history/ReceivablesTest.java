package org.eaihub.crm.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eaihub.crm.history.ConsumptionEvent.Kind;
import org.junit.jupiter.api.Test;

class ReceivablesTest {

    private final List<ConsumptionEvent> events = new ArrayList<>();
    private int day = 1;

    private void event(Kind kind, String reference, String status, String amount, String currency, String appliesTo) {
        events.add(new ConsumptionEvent("e" + events.size(), "C-000001", kind, reference, status,
                new BigDecimal(amount), currency, "ERP", Instant.parse("2026-11-%02dT10:00:00Z".formatted(day++)),
                appliesTo));
    }

    @Test
    void openIsInvoicedMinusPaidPerInvoiceAndPerCurrency() {
        event(Kind.INVOICE, "INV-1", "POSTED", "1000.00", "CNY", null);
        event(Kind.INVOICE, "INV-2", "POSTED", "500.00", "CNY", null);
        event(Kind.PAYMENT, "PAY-1", "RECEIVED", "300.00", "CNY", "INV-1");
        event(Kind.PAYMENT, "PAY-2", "RECEIVED", "700.00", "CNY", "INV-1");
        event(Kind.PAYMENT, "PAY-3", "RECEIVED", "200.00", "CNY", null);
        event(Kind.INVOICE, "INV-9", "POSTED", "80.00", "USD", null);

        Receivables r = Receivables.of("C-000001", events);

        assertThat(r.totals()).containsExactly(
                new Receivables.Balance("CNY", new BigDecimal("1500.00"), new BigDecimal("1200.00"),
                        new BigDecimal("300.00")),
                new Receivables.Balance("USD", new BigDecimal("80.00"), BigDecimal.ZERO, new BigDecimal("80.00")));
        assertThat(r.items()).extracting(Receivables.Item::invoiceNumber, Receivables.Item::open)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INV-1", new BigDecimal("0.00")),
                        org.assertj.core.groups.Tuple.tuple("INV-2", new BigDecimal("500.00")),
                        org.assertj.core.groups.Tuple.tuple("INV-9", new BigDecimal("80.00")));
        assertThat(r.unapplied()).extracting(Receivables.Unapplied::reference).containsExactly("PAY-3");
    }

    @Test
    void aResentInvoiceCountsOnceACancelledOneNotAtAllAndAnEarlyPaymentWaitsForItsInvoice() {
        event(Kind.INVOICE, "INV-1", "POSTED", "100.00", "CNY", null);
        event(Kind.INVOICE, "INV-1", "POSTED", "100.00", "CNY", null);
        event(Kind.INVOICE, "INV-2", "POSTED", "40.00", "CNY", null);
        event(Kind.INVOICE, "INV-2", "CANCELLED", "40.00", "CNY", null);
        event(Kind.PAYMENT, "PAY-1", "RECEIVED", "60.00", "CNY", "INV-3");

        Receivables r = Receivables.of("C-000001", events);

        assertThat(r.totals()).singleElement().satisfies(b -> {
            assertThat(b.invoiced()).isEqualByComparingTo("100.00");
            assertThat(b.paid()).isEqualByComparingTo("60.00");
            assertThat(b.open()).isEqualByComparingTo("40.00");
        });
        Receivables.Item early = r.items().get(r.items().size() - 1);
        assertThat(early.invoiceNumber()).isEqualTo("INV-3");
        assertThat(early.invoicedAt()).isNull();
        assertThat(early.open()).isEqualByComparingTo("-60.00");
    }
}
