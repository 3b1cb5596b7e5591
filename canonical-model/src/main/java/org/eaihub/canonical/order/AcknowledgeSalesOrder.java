package org.eaihub.canonical.order;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.common.AcknowledgeCode;
import org.eaihub.canonical.common.Reason;
import org.eaihub.canonical.internal.Lists;
import org.eaihub.canonical.validation.CrossFieldChecked;
import org.eaihub.canonical.validation.CrossFieldRules;
import org.eaihub.canonical.validation.CrossFieldViolations;

/**
 * Reply to {@link ProcessSalesOrder}: accepted, modified or rejected, with the order as the receiver now holds it.
 *
 * @param acknowledgeCode accepted, modified or rejected
 * @param salesOrder      the order as the receiver holds it (its status says how far it got)
 * @param reasons         why it was modified or rejected; at least one when rejected
 */
@CrossFieldChecked
public record AcknowledgeSalesOrder(
        @NotNull @Valid Envelope envelope,
        @NotNull AcknowledgeCode acknowledgeCode,
        @NotNull @Valid SalesOrder salesOrder,
        @JacksonXmlProperty(localName = "reason")
        @Size(max = 50) List<@NotNull @Valid Reason> reasons) implements CanonicalMessage, CrossFieldRules {

    public AcknowledgeSalesOrder {
        reasons = Lists.copyOf(reasons);
    }

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (acknowledgeCode == AcknowledgeCode.REJECTED && reasons.isEmpty()) {
            violations.add("reasons", "requiredWhen acknowledgeCode=REJECTED");
        }
    }
}
