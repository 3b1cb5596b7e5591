package org.eaihub.canonical.order;

import static org.eaihub.canonical.common.Patterns.ID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;
import org.eaihub.canonical.validation.CrossFieldViolations;

/**
 * Query for sales orders by order id or by customer (at least one); answered by {@link ShowSalesOrder}.
 *
 * @param salesOrderId the order's hub-wide id
 * @param customerId   the customer whose orders are wanted
 */
@CrossFieldChecked
public record GetSalesOrder(
        @NotNull @Valid Envelope envelope,
        @Pattern(regexp = ID) String salesOrderId,
        @Pattern(regexp = ID) String customerId) implements CanonicalMessage, CrossFieldRules {

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (salesOrderId == null && customerId == null) {
            violations.add("salesOrderId", "requiredWhen customerId absent");
        }
    }
}
