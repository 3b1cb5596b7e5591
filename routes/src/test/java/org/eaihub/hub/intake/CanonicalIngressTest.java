package org.eaihub.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.canonical.Fixtures;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.order.ProcessSalesOrder;
import org.junit.jupiter.api.Test;

class CanonicalIngressTest {

    private final CanonicalCodec codec = new CanonicalCodec();
    private final CanonicalIngress ingress = new CanonicalIngress(codec);
    private final ProcessSalesOrder order = Fixtures.processOrder();
    private static final Set<String> ORDERS = Set.of("ProcessSalesOrder");

    @Test
    void anXmlOrderComesOutAsTheSameOrderInCanonicalJson() {
        var accepted = ingress.accept(codec.write(order, Format.XML), "application/xml", ORDERS);

        assertThat(codec.read(accepted.canonicalJson(), Format.JSON, ProcessSalesOrder.class)).isEqualTo(order);
    }

    @Test
    void aJsonOrderPassesAsItIsAndTheFormatIsSniffedWhenNoContentTypeIsGiven() {
        byte[] json = codec.write(order, Format.JSON);
        assertThat(ingress.accept(json, "application/json", ORDERS).canonicalJson()).isSameAs(json);
        assertThat(ingress.accept(codec.write(order, Format.XML), null, ORDERS).message()).isEqualTo(order);
        assertThat(ingress.accept(json, " ", ORDERS).message()).isEqualTo(order);
    }

    @Test
    void aMessageTypeTheEntryPointDoesNotTakeIsRefusedNamingTheField() {
        byte[] customer = codec.write(Fixtures.syncCustomer(), Format.JSON);

        assertThatThrownBy(() -> ingress.accept(customer, "application/json", ORDERS))
                .isInstanceOf(CanonicalValidationException.class)
                .hasMessageContaining("envelope.messageType");
    }

    @Test
    void anInvalidOrderIsRefusedNamingTheFieldAndRule() {
        String json = new String(codec.write(order, Format.JSON), StandardCharsets.UTF_8)
                .replace("\"currency\":\"CNY\"", "\"currency\":\"yuan\"");

        assertThatThrownBy(() -> ingress.accept(json.getBytes(StandardCharsets.UTF_8), "application/json", ORDERS))
                .isInstanceOf(CanonicalValidationException.class)
                .hasMessageContaining("currency");
    }
}
