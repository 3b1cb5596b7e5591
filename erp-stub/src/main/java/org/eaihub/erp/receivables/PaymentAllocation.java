package org.eaihub.erp.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eaihub.erp.common.Money;

/**
 * Applies a payment to open debit items in a given order, each as far as the money reaches; what is left
 * after the last item stays unapplied (to be posted on account).
 */
public final class PaymentAllocation {

    /** An open debit item as allocation sees it. */
    public record OpenDebit(String document, LocalDate dueDate, BigDecimal open) {
    }

    /** @param rest what remains open of the item afterwards (zero: cleared) */
    public record Applied(String document, BigDecimal amount, BigDecimal rest) {

        public boolean clears() {
            return rest.signum() == 0;
        }
    }

    public record Result(List<Applied> applied, BigDecimal unapplied) {
    }

    /** The order used when the payer names no items: the oldest due date first, then the document number. */
    public static final Comparator<OpenDebit> OLDEST_DUE_FIRST = Comparator.comparing(OpenDebit::dueDate)
            .thenComparing(OpenDebit::document);

    private PaymentAllocation() {
    }

    public static Result allocate(BigDecimal payment, List<OpenDebit> itemsInOrder) {
        BigDecimal left = Money.of(payment);
        if (left.signum() <= 0) {
            throw new IllegalArgumentException("A payment is greater than zero: " + payment);
        }
        List<Applied> applied = new ArrayList<>();
        for (OpenDebit item : itemsInOrder) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal open = Money.of(item.open());
            if (open.signum() <= 0) {
                continue;
            }
            BigDecimal amount = left.min(open);
            applied.add(new Applied(item.document(), amount, open.subtract(amount)));
            left = left.subtract(amount);
        }
        return new Result(List.copyOf(applied), left);
    }
}
