package org.eaihub.canonical.inventory;

import static org.eaihub.canonical.common.Patterns.ID;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eaihub.canonical.CanonicalMessage;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.internal.Lists;

/**
 * Query for the stock of some items; answered by {@link ShowInventoryBalance}.
 *
 * @param skus       the items, at least one
 * @param locationId only this location; all locations when absent
 */
public record GetInventoryBalance(
        @NotNull @Valid Envelope envelope,
        @JacksonXmlProperty(localName = "sku")
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Pattern(regexp = ID) String> skus,
        @Pattern(regexp = ID) String locationId) implements CanonicalMessage {

    public GetInventoryBalance {
        skus = Lists.copyOf(skus);
    }
}
