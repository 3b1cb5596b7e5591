package org.eaihub.landscape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eaihub.config.kafka.KafkaSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One landscape per test JVM, started on first use and stopped when the JVM's tests are done: tests that
 * need the running systems declare {@code @ExtendWith(LandscapeFixture.class)} and take a
 * {@link LandscapeFixture} parameter. It runs on its own ports (HTTP 18080-18083, Artemis 61626/5682, Kafka
 * 19092/19093) and its own data directory under {@code target/}, so it never meets a landscape a developer
 * runs on the default ports. Personal accounts get known passwords through the same mechanism a user has
 * ({@code eaihub.password.<user>}).
 */
public final class LandscapeFixture implements BeforeAllCallback, ParameterResolver {

    /** Shifts every test port, so that two test runs can share a machine: {@code -Deaihub.test.port-offset=100}. */
    static final int OFFSET = Integer.getInteger("eaihub.test.port-offset", 0);
    public static final int HUB_PORT = 18080 + OFFSET;
    public static final int CRM_PORT = 18081 + OFFSET;
    public static final int ERP_PORT = 18082 + OFFSET;
    public static final int SCM_PORT = 18083 + OFFSET;
    public static final int CORE_PORT = 61626 + OFFSET;
    public static final int AMQP_PORT = 5682 + OFFSET;
    public static final int KAFKA_PORT = 19092 + OFFSET;
    public static final int KAFKA_CONTROLLER_PORT = 19093 + OFFSET;

    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static LandscapeFixture instance;

    private final Path dataDir;
    private final Landscape landscape;

    private LandscapeFixture(Path dataDir, Landscape landscape) {
        this.dataDir = dataDir;
        this.landscape = landscape;
    }

    /** Public no-argument constructor for JUnit; the real instance is the static one. */
    public LandscapeFixture() {
        this.dataDir = null;
        this.landscape = null;
    }

    /**
     * Seeded customers the ERP takes orders from: enterprises with a credit limit of at least 100,000 CNY, not
     * blocked and without the seeded open invoice (every fifth customer has one), in index order.
     */
    public static List<String> creditworthyCustomers() {
        return org.eaihub.config.seed.SeedData.customers().stream()
                .filter(c -> !c.creditBlocked() && c.index() % 5 != 0 && c.index() % 97 != 0)
                .filter(c -> c.creditLimit().compareTo(java.math.BigDecimal.valueOf(100_000)) >= 0)
                .map(org.eaihub.config.seed.SeedData.Customer::crmId).toList();
    }

    /** The customer the test landscape's hub cancels rather than backorders for (stock policy CANCEL). */
    public static final String NO_BACKORDERS_CUSTOMER = creditworthyCustomers().get(0);

    /** Arguments that put a landscape on the test ports, in the given data directory. */
    public static String[] arguments(Path dataDir, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--eaihub.data-dir=" + dataDir,
                "--eaihub.ports.hub=" + HUB_PORT,
                "--eaihub.ports.crm=" + CRM_PORT,
                "--eaihub.ports.erp=" + ERP_PORT,
                "--eaihub.ports.scm=" + SCM_PORT,
                "--eaihub.broker.core-port=" + CORE_PORT,
                "--eaihub.broker.amqp-port=" + AMQP_PORT,
                "--eaihub.embedded-kafka.port=" + KAFKA_PORT,
                "--eaihub.embedded-kafka.controller-port=" + KAFKA_CONTROLLER_PORT,
                // Order-to-cash deadlines short enough for tests; one customer takes no backorders.
                "--eaihub.hub.order.backorder-retry=2s",
                "--eaihub.hub.order.backorder-timeout=12s",
                "--eaihub.hub.order.stock-policy-by-customer." + NO_BACKORDERS_CUSTOMER + "=CANCEL"));
        // An extra argument replaces a default of the same name (Spring would join two values with a comma).
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String arg : args) {
            byName.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        for (String arg : extra) {
            int equals = arg.indexOf('=');
            byName.put(equals < 0 ? arg : arg.substring(0, equals), arg);
        }
        return byName.values().toArray(String[]::new);
    }

    /** A fresh data directory under the module's {@code target/}. */
    public static Path newDataDir() {
        try {
            return Files.createDirectories(Path.of("target", "landscape-data", UUID.randomUUID().toString()))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Known passwords for the personal accounts, set before the first start of any landscape in this JVM. */
    public static synchronized void usePasswords() {
        if (PASSWORDS.isEmpty()) {
            for (String user : List.of("admin", "operator", "crm-user", "integration")) {
                String password = "test-" + user + "-" + UUID.randomUUID();
                PASSWORDS.put(user, password);
                System.setProperty("eaihub.password." + user, password);
            }
        }
    }

    public static synchronized LandscapeFixture shared() {
        if (instance == null) {
            usePasswords();
            Path dataDir = newDataDir();
            Landscape landscape = Landscape.start(arguments(dataDir));
            instance = new LandscapeFixture(dataDir, landscape);
            Runtime.getRuntime().addShutdownHook(new Thread(landscape::close, "landscape-fixture-stop"));
        }
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LandscapeFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared();
    }

    public Landscape landscape() {
        return landscape;
    }

    /**
     * Stops or starts a system's HTTP connectors: while stopped the system refuses connections, as in an outage,
     * while its application keeps running.
     */
    public void connector(String system, boolean running) throws Exception {
        var context = (org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext) landscape
                .system(system).orElseThrow();
        var tomcat = ((org.springframework.boot.web.embedded.tomcat.TomcatWebServer) context.getWebServer())
                .getTomcat();
        for (var connector : tomcat.getService().findConnectors()) {
            if (running) {
                connector.start();
            } else {
                connector.stop();
            }
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public String password(String user) {
        return passwordOf(user);
    }

    /** The password {@link #usePasswords()} gave a personal account. */
    public static synchronized String passwordOf(String user) {
        return PASSWORDS.get(user);
    }

    public URI url(String system) {
        return URI.create("http://127.0.0.1:" + landscape.properties().ports().get(system));
    }

    public String coreUrl() {
        return "tcp://127.0.0.1:" + CORE_PORT;
    }

    public String amqpUrl() {
        return "amqp://127.0.0.1:" + AMQP_PORT;
    }

    /** Kafka client settings for a user of this landscape. */
    public KafkaSettings kafka(String user, String password) {
        return kafkaFor(user, password);
    }

    /** Kafka client settings for a user of a landscape on the test ports. */
    public static KafkaSettings kafkaFor(String user, String password) {
        return new KafkaSettings("127.0.0.1:" + KAFKA_PORT, "SASL_PLAINTEXT", "PLAIN", user, password, (short) 1,
                false, List.of(), Map.of());
    }
}
