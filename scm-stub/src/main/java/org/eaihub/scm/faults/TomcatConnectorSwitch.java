package org.eaihub.scm.faults;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Closes the HTTP port by stopping Tomcat's connectors and opens it by starting them again. Tomcat binds its
 * server socket at initialisation and keeps it through a stop by default (clients would hang, not be refused):
 * with {@code bindOnInit=false} the socket is bound on start and released on stop.
 */
@Component
public class TomcatConnectorSwitch implements ConnectorSwitch,
        WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
        ApplicationListener<ServletWebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(TomcatConnectorSwitch.class);

    private volatile WebServer webServer;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("bindOnInit", "false"));
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        webServer = event.getWebServer();
    }

    @Override
    public synchronized void close() {
        for (Connector connector : connectors()) {
            try {
                connector.stop();
                LOG.warn("HTTP port {} closed (outage)", connector.getPort());
            } catch (LifecycleException e) {
                LOG.error("Cannot stop the HTTP connector on port {}: {}", connector.getPort(), e.toString());
            }
        }
    }

    @Override
    public synchronized void open() {
        for (Connector connector : connectors()) {
            try {
                connector.start();
                LOG.info("HTTP port {} open again", connector.getPort());
            } catch (LifecycleException e) {
                LOG.error("Cannot start the HTTP connector on port {}: {}", connector.getPort(), e.toString());
            }
        }
    }

    private Connector[] connectors() {
        return webServer instanceof TomcatWebServer tomcat ? tomcat.getTomcat().getService().findConnectors()
                : new Connector[0];
    }
}
