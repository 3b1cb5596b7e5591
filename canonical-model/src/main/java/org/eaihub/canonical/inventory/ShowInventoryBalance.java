package org.eaihub.canonical.inventory;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.internal.Lists;

/**
 * Answer to {@link GetInventoryBalance}: one balance per known SKU and location; unknown SKUs are left out.
 *
 * @param balances the balances
 */
public record ShowInventoryBalance(
        @NotNull @Valid Envelope envelope,
        @JacksonXmlProperty(localName = "balance")
        @Size(max = 5000) List<@NotNull @Valid InventoryBalance> balances) implements CanonicalMessage {

    public ShowInventoryBalance {
        balances = Lists.copyOf(balances);
    }
}
