package org.eaihub.erp.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.eaihub.config.outbox.OutboxRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** The outage against a real embedded Tomcat, including the one configured to begin at start. */
class ErpOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebServer server;
    private ErpOutage outage;
    private int port;

    @BeforeEach
    void startTomcat() {
        server = new TomcatServletWebServerFactory(0).getWebServer();
        server.start();
        port = server.getPort();
        outage = new ErpOutage(() -> server, new StaticListableBeanFactory().getBeanProvider(OutboxRelay.class),
                Clock.systemUTC());
    }

    @AfterEach
    void stopTomcat() {
        outage.end();
        outage.destroy();
        server.stop();
    }

    private boolean refused() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2_000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theSamePortRefusesConnectionsDuringTheOutageAndAcceptsThemAfter() {
        assertThat(refused()).isFalse();

        outage.begin(Duration.ZERO, Duration.ZERO);
        assertThat(outage.isActive()).isTrue();
        assertThat(outage.endsAt()).isNull();
        assertThat(refused()).isTrue();

        outage.end();
        assertThat(outage.isActive()).isFalse();
        assertThat(refused()).isFalse();
        assertThat(server.getPort()).isEqualTo(port);
    }

    @Test
    void anOutageConfiguredForTheStartBeginsAndEndsByItself() {
        FaultSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "eaihub.erp.faults.outage", "true", "eaihub.erp.faults.outage-duration", "1s")))
                .bindOrCreate("eaihub.erp.faults", FaultSettings.class);

        outage.beginIfConfigured(settings);

        assertThat(outage.isActive()).isTrue();
        assertThat(outage.endsAt()).isNotNull();
        await().atMost(PATIENCE).until(() -> !outage.isActive());
        assertThat(refused()).isFalse();
    }

    @Test
    void nothingHappensWhenNoOutageIsConfigured() {
        outage.beginIfConfigured(new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("eaihub.erp.faults", FaultSettings.class));

        assertThat(outage.isActive()).isFalse();
        assertThat(refused()).isFalse();
    }

    @Test
    void aSecondRequestOnlyChangesWhenItEnds() {
        outage.begin(Duration.ofMinutes(10), Duration.ZERO);
        outage.begin(Duration.ZERO, Duration.ZERO);

        assertThat(outage.isActive()).isTrue();
        assertThat(outage.endsAt()).isNull();
    }
}
