package org.eaihub.scm.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CarriersTest {

    @Test
    void trackingNumbersArePrefixSerialAndLuhnCheckDigit() {
        assertThat(Carriers.trackingNumber("SF-EXPRESS", 7)).isEqualTo("SF0000000000075");
        assertThat(Carriers.trackingNumber("ZTO-EXPRESS", 79_927_398_71L)).isEqualTo("ZT0079927398713");
        assertThat(Carriers.isValid("SF0000000000075")).isTrue();
        assertThat(Carriers.isValid("SF0000000000076")).as("wrong check digit").isFalse();
        assertThat(Carriers.isValid("SF000000000075")).as("too short").isFalse();
    }

    @Test
    void aCarrierIsTheRequestedOneOrTheDefaultOfTheServiceLevel() {
        assertThat(Carriers.choose("JD-LOGISTICS", "EXPRESS", "ZTO-EXPRESS", "SF-EXPRESS")).contains("JD-LOGISTICS");
        assertThat(Carriers.choose(null, "EXPRESS", "ZTO-EXPRESS", "SF-EXPRESS")).contains("SF-EXPRESS");
        assertThat(Carriers.choose(null, "STANDARD", "ZTO-EXPRESS", "SF-EXPRESS")).contains("ZTO-EXPRESS");
        assertThat(Carriers.choose("PIGEON-POST", "STANDARD", "ZTO-EXPRESS", "SF-EXPRESS")).isEmpty();
        assertThatThrownBy(() -> Carriers.trackingNumber("PIGEON-POST", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
