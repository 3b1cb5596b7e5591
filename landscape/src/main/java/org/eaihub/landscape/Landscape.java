package org.eaihub.landscape;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eaihub.config.kafka.KafkaSettings;
import org.eaihub.config.kafka.KafkaTopicDeclarer;
import org.eaihub.config.security.Account;
import org.eaihub.config.security.CredentialBootstrap;
import org.eaihub.config.security.UserStore;
import org.eaihub.crm.CrmApplication;
import org.eaihub.erp.ErpApplication;
import org.eaihub.hub.HubApplication;
import org.eaihub.landscape.broker.EmbeddedArtemis;
import org.eaihub.landscape.kafka.EmbeddedKafka;
import org.eaihub.scm.ScmApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the landscape in one JVM: the Artemis broker, the KRaft Kafka broker, then the CRM core, ERP stub,
 * SCM stub and hub, each its own Spring application with its own port, database, Camel context and JMX
 * domain. They talk to each other only over TCP on loopback, exactly as they do when each runs in its own JVM
 * ({@code --eaihub.parts=hub} runs the hub alone against a landscape running elsewhere).
 */
public class Landscape implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Landscape.class);

    /** The systems in start order, by short name. */
    static final Map<String, Class<?>> SYSTEMS = new LinkedHashMap<>();

    static {
        SYSTEMS.put("crm", CrmApplication.class);
        SYSTEMS.put("erp", ErpApplication.class);
        SYSTEMS.put("scm", ScmApplication.class);
        SYSTEMS.put("hub", HubApplication.class);
    }

    /** The launcher's own (empty) application: it reads the configuration and sets up logging. */
    @SpringBootConfiguration
    static class Launcher {
    }

    private final ConfigurableApplicationContext launcher;
    private final LandscapeProperties properties;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final Map<String, ConfigurableApplicationContext> systems = new LinkedHashMap<>();
    private Map<String, String> generatedPasswords = Map.of();

    private Landscape(ConfigurableApplicationContext launcher) {
        this.launcher = launcher;
        this.properties = Binder.get(launcher.getEnvironment()).bind("eaihub", LandscapeProperties.class)
                .orElseThrow(() -> new IllegalStateException("eaihub.* configuration is missing"));
    }

    public static void main(String[] args) {
        Landscape landscape = start(args);
        Runtime.getRuntime().addShutdownHook(new Thread(landscape::close, "landscape-shutdown"));
        landscape.printSummary(System.out);
    }

    /** Starts every configured part; the arguments are Spring Boot arguments ({@code --name=value}). */
    public static Landscape start(String... args) {
        ConfigurableApplicationContext launcher = new SpringApplicationBuilder(Launcher.class)
                .web(WebApplicationType.NONE)
                .properties(defaults("application,landscape"))
                .registerShutdownHook(false)
                .run(args);
        Landscape landscape = new Landscape(launcher);
        try {
            landscape.startParts(args);
            return landscape;
        } catch (Exception e) {
            landscape.close();
            throw new IllegalStateException("The landscape did not start: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> defaults(String configName) {
        return Map.of("spring.config.name", configName, "spring.profiles.default", "embedded");
    }

    private void startParts(String[] args) throws Exception {
        long started = System.nanoTime();
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Path securityDir = dataDir.resolve("security");
        if (properties.runs("broker") || properties.runs("kafka")) {
            generatedPasswords = new CredentialBootstrap(securityDir, Account.DEFAULTS,
                    CredentialBootstrap.fromEnvironment()).ensureAccounts();
        }
        Path usersFile = securityDir.resolve(CredentialBootstrap.USERS_FILE);
        if (properties.runs("broker")) {
            LandscapeProperties.Broker broker = properties.broker();
            EmbeddedArtemis.Tls tls = null;
            if (broker.tlsPort() > 0) {
                var store = LandscapeProperties.EmbeddedTls.required(properties.embeddedTls());
                tls = new EmbeddedArtemis.Tls(broker.tlsPort(), store.keystore(), store.keystorePassword(),
                        store.type());
                LOG.info("Artemis TLS acceptor (Core and AMQP) on {}:{}", broker.host(), broker.tlsPort());
            }
            EmbeddedArtemis artemis = new EmbeddedArtemis(dataDir, broker.host(), broker.corePort(),
                    broker.amqpPort(), tls, UserStore.load(usersFile));
            artemis.start();
            running.add(artemis);
            LOG.info("Artemis broker started on {}:{} (Core) and {}:{} (AMQP)", broker.host(), broker.corePort(),
                    broker.host(), broker.amqpPort());
        }
        if (properties.runs("kafka")) {
            LandscapeProperties.EmbeddedKafka kafka = properties.embeddedKafka();
            String password = serviceCredential(securityDir, "kafka");
            EmbeddedKafka.Tls tls = null;
            if (kafka.tlsPort() > 0) {
                var store = LandscapeProperties.EmbeddedTls.required(properties.embeddedTls());
                tls = new EmbeddedKafka.Tls(kafka.tlsPort(), store.keystore(), store.keystorePassword(), store.type());
                LOG.info("Kafka SASL_SSL listener on {}:{}", kafka.host(), kafka.tlsPort());
            }
            EmbeddedKafka broker = new EmbeddedKafka(dataDir, kafka.host(), kafka.port(), kafka.controllerPort(),
                    tls, usersFile, "kafka", password);
            broker.start();
            running.add(broker);
            KafkaSettings settings = Binder.get(launcher.getEnvironment()).bind("eaihub.kafka", KafkaSettings.class)
                    .get();
            KafkaTopicDeclarer.declare(settings.as("kafka", password, true));
            LOG.info("Kafka broker started on {}:{}", kafka.host(), kafka.port());
        }
        // The launcher has set up logging; the systems share it rather than each resetting it.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        for (Map.Entry<String, Class<?>> system : SYSTEMS.entrySet()) {
            if (properties.runs(system.getKey())) {
                ConfigurableApplicationContext context = new SpringApplicationBuilder(system.getValue())
                        .main(system.getValue())
                        .properties(defaults("application," + system.getKey()))
                        .registerShutdownHook(false)
                        .run(args);
                systems.put(system.getKey(), context);
                running.add(context);
            }
        }
        LOG.info("Landscape started in {} ms: {}", (System.nanoTime() - started) / 1_000_000, properties.parts());
    }

    private static String serviceCredential(Path securityDir, String account) throws java.io.IOException {
        java.util.Properties credentials = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(
                securityDir.resolve(CredentialBootstrap.SERVICE_CREDENTIALS_FILE))) {
            credentials.load(reader);
        }
        return Optional.ofNullable(credentials.getProperty("eaihub.credentials." + account))
                .orElseThrow(() -> new IllegalStateException("No service credential for " + account));
    }

    /** The running Spring application of a system ({@code crm}, {@code erp}, {@code scm}, {@code hub}). */
    public Optional<ConfigurableApplicationContext> system(String name) {
        return Optional.ofNullable(systems.get(name));
    }

    public LandscapeProperties properties() {
        return properties;
    }

    public Environment environment() {
        return launcher.getEnvironment();
    }

    /** One line per part with the address to reach it, and the passwords generated by this start. */
    public void printSummary(PrintStream out) {
        String host = "127.0.0.1";
        StringBuilder text = new StringBuilder("\nEAI Hub landscape is up. Data: ")
                .append(properties.dataDir().toAbsolutePath().normalize()).append('\n');
        for (String system : SYSTEMS.keySet()) {
            if (properties.runs(system)) {
                text.append(String.format("  %-8s http://%s:%d%n", system, host, properties.ports().get(system)));
            }
        }
        if (properties.runs("broker")) {
            LandscapeProperties.Broker b = properties.broker();
            text.append(String.format("  %-8s tcp://%s:%d (Core)   amqp://%s:%d (AMQP 1.0)%n", "artemis", b.host(),
                    b.corePort(), b.host(), b.amqpPort()));
            if (b.tlsPort() > 0) {
                text.append(String.format("  %-8s tcp://%s:%d?sslEnabled=true (Core)   amqps://%s:%d (AMQP 1.0)%n", "",
                        b.host(), b.tlsPort(), b.host(), b.tlsPort()));
            }
        }
        if (properties.runs("kafka")) {
            LandscapeProperties.EmbeddedKafka k = properties.embeddedKafka();
            text.append(String.format("  %-8s %s:%d (SASL_PLAINTEXT, PLAIN)%n", "kafka", k.host(), k.port()));
            if (k.tlsPort() > 0) {
                text.append(String.format("  %-8s %s:%d (SASL_SSL, PLAIN)%n", "", k.host(), k.tlsPort()));
            }
        }
        if (properties.runs("hub")) {
            text.append(String.format("  %-8s http://%s:%d/actuator/health%n", "health", host,
                    properties.ports().get("hub")));
        }
        if (!generatedPasswords.isEmpty()) {
            text.append("\nAccounts created on this first start; the passwords are shown only now:\n");
            generatedPasswords.forEach((user, password) ->
                    text.append(String.format("  %-12s %s%n", user, password)));
            text.append("Reset one later with EAIHUB_PASSWORD_<USER>=... on the next start.\n");
        }
        out.println(text);
        out.flush();
    }

    @Override
    public synchronized void close() {
        List<AutoCloseable> reversed = new ArrayList<>(running);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        running.clear();
        systems.clear();
        LOG.info("Landscape stopped");
        launcher.close();
    }
}
