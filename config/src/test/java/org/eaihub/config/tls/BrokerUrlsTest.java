package org.eaihub.config.tls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerUrlsTest {

    @Test
    void aTlsUrlWithoutATrustStoreGetsTheConfiguredOneEncoded() {
        assertThat(BrokerUrls.withTrustStore("tcp://artemis:61617?sslEnabled=true", "/etc/tls/trust.p12", "p&s=w;d",
                "PKCS12")).isEqualTo("tcp://artemis:61617?sslEnabled=true&trustStorePath=%2Fetc%2Ftls%2Ftrust.p12"
                        + "&trustStorePassword=p%26s%3Dw%3Bd&trustStoreType=PKCS12");
    }

    @Test
    void anHaUrlGetsItAfterItsSharedParameters() {
        assertThat(BrokerUrls.withTrustStore("(tcp://a:61617,tcp://b:61617)?ha=true;sslEnabled=TRUE", "/t.p12", "",
                null)).isEqualTo("(tcp://a:61617,tcp://b:61617)?ha=true;sslEnabled=TRUE&trustStorePath=%2Ft.p12");
    }

    @Test
    void plainUrlsAndUrlsWithTheirOwnTrustStoreAreLeftAlone() {
        assertThat(BrokerUrls.withTrustStore("tcp://artemis:61616", "/t.p12", "x", null))
                .isEqualTo("tcp://artemis:61616");
        assertThat(BrokerUrls.withTrustStore("tcp://artemis:61617?sslEnabled=false", "/t.p12", "x", null))
                .isEqualTo("tcp://artemis:61617?sslEnabled=false");
        assertThat(BrokerUrls.withTrustStore("tcp://a:61617?sslEnabled=true;trustStorePath=/own.p12", "/t.p12", "x",
                null)).isEqualTo("tcp://a:61617?sslEnabled=true;trustStorePath=/own.p12");
        assertThat(BrokerUrls.withTrustStore("tcp://a:61617?sslEnabled=true", "", "x", null))
                .isEqualTo("tcp://a:61617?sslEnabled=true");
    }
}
