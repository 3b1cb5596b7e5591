package org.eaihub.erp.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.catalina.connector.Connector;
import org.eaihub.config.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;

/**
 * A full outage of the ERP as its clients see it: the HTTP port (SOAP, REST, health) is closed, so that a
 * connection attempt is refused, and the notifications stop (the outbox keeps them until the outage ends). It
 * stops the embedded Tomcat's connectors and starts them again on the same port. Since REST is down during
 * the outage, it ends over JMX, by itself after a duration, or by a reset of the knobs.
 */
public class ErpOutage implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ErpOutage.class);

    private final Supplier<WebServer> server;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "erp-outage");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Connector, Integer> stopped = new LinkedHashMap<>();
    private ScheduledFuture<?> ending;
    private Instant endsAt;
    private boolean active;

    /** @param server the application's web server (known once the context runs) */
    public ErpOutage(Supplier<WebServer> server, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.server = server;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Begins an outage after {@code delay} (so that a REST call asking for it still gets its answer); one
     * already going on gets the new duration.
     *
     * @param duration how long; zero: until {@link #end()}
     */
    public void begin(Duration duration, Duration delay) {
        if (delay.isZero()) {
            start(duration);
        } else {
            scheduler.schedule(() -> start(duration), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void start(Duration duration) {
        if (!active) {
            WebServer web = server.get();
            if (!(web instanceof TomcatWebServer tomcat)) {
                throw new IllegalStateException("An outage needs the embedded Tomcat, not " + web);
            }
            relay.ifAvailable(OutboxRelay::stop);
            for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
                int port = connector.getLocalPort();
                try {
                    connector.stop();
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot stop the connector on port " + port, e);
                }
                stopped.put(connector, port);
            }
            active = true;
            LOG.warn("ERP outage began: port(s) {} closed, notifications stopped", stopped.values());
        }
        if (ending != null) {
            ending.cancel(false);
            ending = null;
        }
        if (duration.isZero()) {
            endsAt = null;
        } else {
            endsAt = clock.instant().plus(duration);
            ending = scheduler.schedule(this::end, duration.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Ends the outage, if there is one: the port opens again and notifications resume. */
    public synchronized void end() {
        if (ending != null) {
            ending.cancel(false);
            ending = null;
        }
        endsAt = null;
        if (!active) {
            return;
        }
        for (Map.Entry<Connector, Integer> entry : stopped.entrySet()) {
            Connector connector = entry.getKey();
            connector.setPort(entry.getValue());
            try {
                connector.start();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot reopen port " + entry.getValue(), e);
            }
        }
        LOG.warn("ERP outage ended: port(s) {} open again, notifications resumed", stopped.values());
        stopped.clear();
        relay.ifAvailable(r -> {
            if (!r.isRunning()) {
                r.start();
            }
        });
        active = false;
    }

    public synchronized boolean isActive() {
        return active;
    }

    /** When the outage ends by itself; null when it does not or when there is none. */
    public synchronized Instant endsAt() {
        return endsAt;
    }

    /** {@code eaihub.erp.faults.outage=true}: the application starts in an outage, once its port is open. */
    public void beginIfConfigured(FaultSettings settings) {
        if (settings.outage()) {
            begin(settings.outageDuration(), Duration.ZERO);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
