package org.eaihub.canonical.customer;

import static org.eaihub.canonical.common.Patterns.ID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eaihub.canonical.common.Money;

/**
 * One open item of a customer's account in the ERP: an invoice not yet paid in full, or a credit (a payment on
 * account, negative).
 *
 * @param documentId    the accounting document's number in the ERP
 * @param invoiceId     the invoice (billing document) the item belongs to; absent for a credit on account
 * @param documentDate  the document date
 * @param dueDate       the net due date
 * @param openAmount    the amount still open; negative for a credit
 * @param daysInArrears days past the due date at the key date; negative while not yet due
 */
public record OpenItem(
        @NotNull @Pattern(regexp = ID) String documentId,
        @Pattern(regexp = ID) String invoiceId,
        @NotNull LocalDate documentDate,
        LocalDate dueDate,
        @NotNull @Valid Money openAmount,
        Integer daysInArrears) {
}
