package org.eaihub.canonical.inventory;

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
 * Reply to {@link ProcessReservation}: {@code ACCEPTED} (all reserved), {@code MODIFIED} (partly reserved: see each
 * line's reserved quantity) or {@code REJECTED}.
 *
 * @param acknowledgeCode accepted, modified or rejected
 * @param reservation     the reservation as the SCM holds it
 * @param reasons         why it was modified or rejected; at least one when rejected
 */
@CrossFieldChecked
public record AcknowledgeReservation(
        @NotNull @Valid Envelope envelope,
        @NotNull AcknowledgeCode acknowledgeCode,
        @NotNull @Valid Reservation reservation,
        @JacksonXmlProperty(localName = "reason")
        @Size(max = 50) List<@NotNull @Valid Reason> reasons) implements CanonicalMessage, CrossFieldRules {

    public AcknowledgeReservation {
        reasons = Lists.copyOf(reasons);
    }

    @Override
    public void checkCrossFields(CrossFieldViolations violations) {
        if (acknowledgeCode == AcknowledgeCode.REJECTED && reasons.isEmpty()) {
            violations.add("reasons", "requiredWhen acknowledgeCode=REJECTED");
        }
    }
}
