package org.eaihub.crm.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer's receivables as the CRM sees them, computed from the consumption history: per invoice what was
 * invoiced, what was paid against it and what is open (invoiced − paid), and per currency the totals. An invoice
 * counts with the amount of its latest event (0 once {@code CANCELLED}), so a re-sent invoice is not counted
 * twice. A payment that names no invoice is unapplied: it lowers the open total, not any one invoice. A payment
 * for an invoice not yet reported shows as an item with nothing invoiced. The ERP's open items stay authoritative.
 */
public record Receivables(String customerId, List<Balance> totals, List<Item> items, List<Unapplied> unapplied) {

    public record Balance(String currency, BigDecimal invoiced, BigDecimal paid, BigDecimal open) {
    }

    public record Item(String invoiceNumber, String currency, BigDecimal invoiced, BigDecimal paid, BigDecimal open,
            Instant invoicedAt, Instant lastPaidAt) {
    }

    public record Unapplied(String reference, String currency, BigDecimal amount, Instant paidAt) {
    }

    /** @param events the customer's invoice and payment events, oldest first */
    public static Receivables of(String customerId, List<ConsumptionEvent> events) {
        Map<String, Item> items = new LinkedHashMap<>();
        List<Unapplied> unapplied = new ArrayList<>();
        for (ConsumptionEvent e : events) {
            BigDecimal amount = e.getAmount() == null ? BigDecimal.ZERO : e.getAmount();
            if (e.getKind() == ConsumptionEvent.Kind.INVOICE) {
                Item item = item(items, e.getReference(), e.getCurrency());
                BigDecimal invoiced = "CANCELLED".equals(e.getStatus()) ? BigDecimal.ZERO : amount;
                items.put(key(e.getReference(), e.getCurrency()), new Item(item.invoiceNumber(), item.currency(),
                        invoiced, item.paid(), invoiced.subtract(item.paid()), e.getOccurredAt(), item.lastPaidAt()));
            } else if (e.getKind() == ConsumptionEvent.Kind.PAYMENT && e.getAppliesTo() != null) {
                Item item = item(items, e.getAppliesTo(), e.getCurrency());
                BigDecimal paid = item.paid().add(amount);
                items.put(key(e.getAppliesTo(), e.getCurrency()), new Item(item.invoiceNumber(), item.currency(),
                        item.invoiced(), paid, item.invoiced().subtract(paid), item.invoicedAt(), e.getOccurredAt()));
            } else if (e.getKind() == ConsumptionEvent.Kind.PAYMENT) {
                unapplied.add(new Unapplied(e.getReference(), e.getCurrency(), amount, e.getOccurredAt()));
            }
        }
        Map<String, Balance> totals = new TreeMap<>();
        for (Item item : items.values()) {
            add(totals, item.currency(), item.invoiced(), item.paid());
        }
        for (Unapplied payment : unapplied) {
            add(totals, payment.currency(), BigDecimal.ZERO, payment.amount());
        }
        List<Item> sorted = items.values().stream().sorted(Comparator.comparing(Item::invoicedAt,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Item::invoiceNumber)).toList();
        return new Receivables(customerId, List.copyOf(totals.values()), sorted, List.copyOf(unapplied));
    }

    private static Item item(Map<String, Item> items, String invoiceNumber, String currency) {
        return items.getOrDefault(key(invoiceNumber, currency), new Item(invoiceNumber, currency, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null, null));
    }

    private static String key(String invoiceNumber, String currency) {
        return invoiceNumber + " " + currency;
    }

    private static void add(Map<String, Balance> totals, String currency, BigDecimal invoiced, BigDecimal paid) {
        Balance b = totals.getOrDefault(currency, new Balance(currency, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO));
        BigDecimal allInvoiced = b.invoiced().add(invoiced);
        BigDecimal allPaid = b.paid().add(paid);
        totals.put(currency, new Balance(currency, allInvoiced, allPaid, allInvoiced.subtract(allPaid)));
    }
}
