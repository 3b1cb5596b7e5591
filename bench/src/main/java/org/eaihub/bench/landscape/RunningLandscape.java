package org.eaihub.bench.landscape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The packaged landscape in its own JVM, as a user runs it ({@code java -jar eaihub-landscape.jar}), on the bench's
 * own ports and a fresh data directory, with known passwords for {@code admin} and {@code integration} (given the way
 * a user gives them on a first start: {@code EAIHUB_PASSWORD_<USER>}).
 */
public final class RunningLandscape implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /** The bench's ports before {@code --port-offset}: apart from the defaults (8080...) and the tests' (18080...). */
    public record Ports(int hub, int crm, int erp, int scm, int core, int amqp, int kafka, int kafkaController) {

        public static Ports withOffset(int offset) {
            return new Ports(28080 + offset, 28081 + offset, 28082 + offset, 28083 + offset, 61636 + offset,
                    5692 + offset, 29092 + offset, 29093 + offset);
        }

        List<Integer> all() {
            return List.of(hub, crm, erp, scm, core, amqp, kafka, kafkaController);
        }
    }

    private final ChildProcess process;
    private final Ports ports;
    private final Path dataDir;
    private final String adminPassword;
    private final Duration startup;
    private final AtomicLong hubMessages = new AtomicLong();

    private RunningLandscape(ChildProcess process, Ports ports, Path dataDir, String adminPassword, Duration startup) {
        this.process = process;
        this.ports = ports;
        this.dataDir = dataDir;
        this.adminPassword = adminPassword;
        this.startup = startup;
    }

    /**
     * Starts the landscape and waits for its aggregate health to be UP.
     *
     * @param jar        the landscape jar (the harness runs a private copy, so a rebuild cannot pull it away)
     * @param jvmOptions JVM options, before {@code -jar}
     * @param arguments  extra Spring arguments (overrides)
     */
    public static RunningLandscape start(Path jar, Ports ports, Path dataRoot, List<String> jvmOptions,
            List<String> arguments, Path log) throws IOException, InterruptedException {
        requireFree(ports);
        Path dataDir = Files.createDirectories(dataRoot.resolve("landscape-" + UUID.randomUUID()));
        String admin = "bench-admin-" + UUID.randomUUID();
        String integration = "bench-integration-" + UUID.randomUUID();
        List<String> args = new ArrayList<>(List.of("-jar", jar.toString(),
                "--eaihub.data-dir=" + dataDir,
                "--eaihub.ports.hub=" + ports.hub(),
                "--eaihub.ports.crm=" + ports.crm(),
                "--eaihub.ports.erp=" + ports.erp(),
                "--eaihub.ports.scm=" + ports.scm(),
                "--eaihub.broker.core-port=" + ports.core(),
                "--eaihub.broker.amqp-port=" + ports.amqp(),
                "--eaihub.embedded-kafka.port=" + ports.kafka(),
                "--eaihub.embedded-kafka.controller-port=" + ports.kafkaController()));
        args.addAll(arguments);
        ChildProcess process = ChildProcess.start("landscape", jvmOptions, args,
                Map.of("EAIHUB_PASSWORD_ADMIN", admin, "EAIHUB_PASSWORD_INTEGRATION", integration), log);
        try {
            Duration startup = process.awaitUp(URI.create("http://127.0.0.1:" + ports.hub() + "/actuator/health"),
                    START_TIMEOUT);
            return new RunningLandscape(process, ports, dataDir, admin, startup);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.stop(Duration.ofSeconds(20));
            deleteTree(dataDir);
            throw e;
        }
    }

    /** Fails fast when another landscape (or anything else) holds one of the bench's ports. */
    static void requireFree(Ports ports) {
        for (int port : ports.all()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " is in use: is another bench or landscape running? "
                        + "(--port-offset=N moves the bench's ports)");
            }
        }
    }

    /** Process start to aggregate health UP. */
    public Duration startup() {
        return startup;
    }

    public String coreUrl() {
        return "tcp://127.0.0.1:" + ports.core();
    }

    public java.net.URI hubUrl() {
        return url(ports.hub());
    }

    public java.net.URI crmUrl() {
        return url(ports.crm());
    }

    public java.net.URI erpUrl() {
        return url(ports.erp());
    }

    public java.net.URI scmUrl() {
        return url(ports.scm());
    }

    private static java.net.URI url(int port) {
        return java.net.URI.create("http://127.0.0.1:" + port);
    }

    public String adminUser() {
        return "admin";
    }

    public String adminPassword() {
        return adminPassword;
    }

    public long pid() {
        return process.pid();
    }

    public long residentKib() throws IOException {
        return process.residentKib();
    }

    /** Messages that went through the hub route in this landscape so far (the load driver counts them). */
    public long hubMessages() {
        return hubMessages.get();
    }

    public void countHubMessages(long messages) {
        hubMessages.addAndGet(messages);
    }

    /**
     * Stops the landscape, as Ctrl-C does when {@code graceful}, else with SIGKILL, and removes its data directory
     * (unless {@code keepData}).
     */
    public void stop(boolean graceful, boolean keepData) {
        if (graceful) {
            process.stop(Duration.ofSeconds(30));
        } else {
            process.kill();
        }
        if (!keepData) {
            deleteTree(dataDir);
        }
    }

    @Override
    public void close() {
        stop(true, false);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }
}
