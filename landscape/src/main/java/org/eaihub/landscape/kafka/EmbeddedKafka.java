package org.eaihub.landscape.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) in this JVM. Its log directory is
 * formatted once with a fixed cluster id, so a restart reuses the data. Every listener, the controller's
 * included, requires SASL/PLAIN logins checked against the landscape's user file; topics are never created
 * on demand. This is the only class that touches Kafka's internal server classes.
 */
public final class EmbeddedKafka implements AutoCloseable {

    static final String CLUSTER_ID = "ZWFpaHViLWxhbmRzY2Fw";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private final KafkaRaftServer server;

    public EmbeddedKafka(Path dataDir, String host, int port, int controllerPort, Path usersFile,
            String brokerUser, String brokerPassword) throws Exception {
        this(dataDir, host, port, controllerPort, null, usersFile, brokerUser, brokerPassword);
    }

    /**
     * With {@code tls} given, a SASL_SSL listener (the same PLAIN logins, over TLS) on its port besides the
     * SASL_PLAINTEXT one, which the broker itself and the landscape's own applications keep using.
     */
    public EmbeddedKafka(Path dataDir, String host, int port, int controllerPort, Tls tls, Path usersFile,
            String brokerUser, String brokerPassword) throws Exception {
        Path logDir = dataDir.resolve("kafka");
        Files.createDirectories(logDir);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(CLUSTER_ID)
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .run();

        String jaas = PLAIN_LOGIN + " required username=\"" + brokerUser + "\" password=\"" + brokerPassword
                + "\" " + UserStorePlainCallbackHandler.USERS_FILE_OPTION + "=\""
                + usersFile.toAbsolutePath().toString().replace("\\", "\\\\") + "\";";
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        String sslListener = tls == null ? "" : ",SASL_SSL://" + host + ":" + tls.port();
        p.put("listeners", "SASL_PLAINTEXT://" + host + ":" + port + sslListener
                + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://" + host + ":" + port + sslListener);
        p.put("listener.security.protocol.map",
                "SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", "PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        if (tls != null) {
            p.put("listener.name.sasl_ssl.ssl.keystore.location", tls.keystore().toAbsolutePath().toString());
            p.put("listener.name.sasl_ssl.ssl.keystore.password", tls.keystorePassword());
            p.put("listener.name.sasl_ssl.ssl.keystore.type", tls.keystoreType());
        }
        String[] saslListeners = tls == null ? new String[] {"sasl_plaintext", "controller"}
                : new String[] {"sasl_plaintext", "sasl_ssl", "controller"};
        for (String listener : saslListeners) {
            p.put("listener.name." + listener + ".plain.sasl.jaas.config", jaas);
            p.put("listener.name." + listener + ".plain.sasl.server.callback.handler.class",
                    UserStorePlainCallbackHandler.class.getName());
        }
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("unclean.leader.election.enable", "false");
        server = new KafkaRaftServer(KafkaConfig.fromProps(p), Time.SYSTEM);
    }

    /** A SASL_SSL listener: its port and its key store. */
    public record Tls(int port, Path keystore, String keystorePassword, String keystoreType) {
    }

    public void start() {
        server.startup();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
