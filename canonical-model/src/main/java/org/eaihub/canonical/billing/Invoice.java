package org.eaihub.canonical.billing;

import static org.eaihub.canonical.common.Patterns.CURRENCY_CODE;
import static org.eaihub.canonical.common.Patterns.ID;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eaihub.canonical.common.Money;
import org.eaihub.canonical.internal.Lists;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;
import org.eaihub.canonical.validation.CrossFieldViolations;

/**
 * An invoice issued by the ERP; every amount is in the invoice's {@link #currency()}.
 *
 * @param invoiceId     the ERP's invoice number
 * @param salesOrderId  the sales order invoiced
 * @param customerId    the invoiced customer's hub-wide id
 * @param status        where the invoice stands
 * @param issueDate     the invoice date
 * @param dueDate       the payment due date
 * @param currency      ISO 4217 document currency (UBL DocumentCurrencyCode)
 * @param lines         the invoice lines, at least one
 * @param taxAmount     the total tax (UBL TaxTotal/TaxAmount)
 * @param payableAmount the amount to pay (UBL LegalMonetaryTotal/PayableAmount)
 */
@CrossFieldChecked
public record Invoice(
        @NotNull @Pattern(regexp = ID) String invoiceId,
        @Pattern(regexp = ID) String salesOrderId,
        @NotNull @Pattern(regexp = ID) String customerId,
        @NotNull InvoiceStatus status,
        @NotNull LocalDate issueDate,
        LocalDate dueDate,
        @NotNull @Pattern(regexp = CURRENCY_CODE) String currency,
        @JacksonXmlProperty(localName = "line")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid InvoiceLine> lines,
        @Valid Money taxAmount,
        @NotNull @Valid Money payableAmount) implements CrossFieldRules {

    public Invoice {
        lines = Lists.copyOf(lines);
    }

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (currency == null) {
            return;
        }
        checkCurrency(taxAmount, "taxAmount.currency", violations);
        checkCurrency(payableAmount, "payableAmount.currency", violations);
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (line != null) {
                checkCurrency(line.priceAmount(), "lines[" + i + "].priceAmount.currency", violations);
                checkCurrency(line.lineExtensionAmount(), "lines[" + i + "].lineExtensionAmount.currency",
                        violations);
            }
        }
    }

    private void checkCurrency(Money money, String path, CrossFieldViolations violations) {
        if (money != null && money.currency() != null && !money.currency().equals(currency)) {
            violations.add(path, "equals currency");
        }
    }
}
