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
 * Broadcast of changed stock levels by the SCM. Receivers keep the balance with the latest
 * {@link InventoryBalance#asOf()} per SKU and location.
 *
 * @param balances the changed balances, at least one
 */
public record SyncInventoryBalance(
        @NotNull @Valid Envelope envelope,
        @JacksonXmlProperty(localName = "balance")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid InventoryBalance> balances)
        implements CanonicalMessage {

    public SyncInventoryBalance {
        balances = Lists.copyOf(balances);
    }
}
