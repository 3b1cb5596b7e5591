package org.eaihub.landscape.broker;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.FileDeploymentManager;
import org.apache.activemq.artemis.core.config.impl.FileConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.eaihub.config.security.UserStore;

/**
 * The landscape's Artemis broker in this JVM: addresses, queues, address settings and permissions come from
 * {@code broker.xml} (config module); the journal lives under the data directory, so messages survive a
 * restart; Core and AMQP 1.0 acceptors listen on TCP so that backends in any language, and applications in
 * other JVMs, can use it, and optionally one more acceptor serves both over TLS.
 */
public final class EmbeddedArtemis implements AutoCloseable {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();

    public EmbeddedArtemis(Path dataDir, String host, int corePort, int amqpPort, UserStore users) throws Exception {
        this(dataDir, host, corePort, amqpPort, null, users);
    }

    /**
     * With {@code tls} given, a third acceptor serves Core and AMQP 1.0 over TLS on its port (clients:
     * {@code tcp://host:port?sslEnabled=true;trustStorePath=...} or {@code amqps://host:port}).
     */
    public EmbeddedArtemis(Path dataDir, String host, int corePort, int amqpPort, Tls tls, UserStore users)
            throws Exception {
        FileConfiguration configuration = new FileConfiguration();
        FileDeploymentManager deployment = new FileDeploymentManager("broker.xml");
        deployment.addDeployable(configuration);
        deployment.readConfiguration();
        // The file sits inside a jar: nothing to watch for changes.
        configuration.setConfigurationUrl(null);
        Path journal = dataDir.resolve("artemis");
        configuration.setBrokerInstance(journal.toFile());
        configuration.setJournalDirectory(journal.resolve("journal").toString());
        configuration.setBindingsDirectory(journal.resolve("bindings").toString());
        configuration.setPagingDirectory(journal.resolve("paging").toString());
        configuration.setLargeMessagesDirectory(journal.resolve("large-messages").toString());
        configuration.setNodeManagerLockDirectory(journal.toString());
        configuration.addAcceptorConfiguration("core", "tcp://" + host + ":" + corePort
                + "?protocols=CORE;tcpSendBufferSize=1048576;tcpReceiveBufferSize=1048576");
        configuration.addAcceptorConfiguration("amqp", "tcp://" + host + ":" + amqpPort
                + "?protocols=AMQP;amqpCredits=1000;amqpLowCredits=300;amqpDuplicateDetection=true");
        if (tls != null) {
            configuration.addAcceptorConfiguration("tls", "tcp://" + host + ":" + tls.port()
                    + "?protocols=CORE,AMQP;sslEnabled=true;keyStorePath=" + tls.keystore().toAbsolutePath()
                    + ";keyStorePassword=" + tls.keystorePassword() + ";keyStoreType=" + tls.keystoreType()
                    + ";amqpCredits=1000;amqpLowCredits=300;amqpDuplicateDetection=true");
        }
        broker.setConfiguration(configuration);
        broker.setSecurityManager(new UserStoreSecurityManager(users));
    }

    /** A TLS acceptor: its port and its key store. */
    public record Tls(int port, Path keystore, String keystorePassword, String keystoreType) {
    }

    public void start() throws Exception {
        broker.start();
        if (!isActive()) {
            // Artemis logs a bad configuration and carries on without serving anything: refuse to go on.
            broker.stop();
            throw new IllegalStateException("The Artemis broker did not become active; see the log above");
        }
    }

    public boolean isActive() {
        return broker.getActiveMQServer() != null && broker.getActiveMQServer().isActive();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
