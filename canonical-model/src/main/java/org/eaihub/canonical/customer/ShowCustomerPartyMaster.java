package org.eaihub.canonical.customer;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.internal.Lists;

/**
 * Answer to {@link GetCustomerPartyMaster}: the matching customers, none when nothing matched.
 *
 * @param customers the matching customers
 */
public record ShowCustomerPartyMaster(
        @NotNull @Valid Envelope envelope,
        @JacksonXmlProperty(localName = "customer")
        @Size(max = 100) List<@NotNull @Valid Customer> customers) implements CanonicalMessage {

    public ShowCustomerPartyMaster {
        customers = Lists.copyOf(customers);
    }
}
