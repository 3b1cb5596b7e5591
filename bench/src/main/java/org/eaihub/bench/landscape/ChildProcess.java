package org.eaihub.bench.landscape;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A JVM the harness started (the landscape, the empty web application), its output going to a log file. Every child
 * is registered so that a shutdown hook stops whatever is still running when the harness ends, also when it fails
 * or is interrupted: the bench never leaves a landscape behind.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "bench-children-stop"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private ChildProcess(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts {@code java jvmOptions... arguments...} with this JVM's java; the clock of {@link #awaitUp} starts just
     * before the process is created.
     */
    public static ChildProcess start(String name, List<String> jvmOptions, List<String> arguments,
            Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        ChildProcess child = new ChildProcess(name, builder.start(), log, started);
        RUNNING.add(child);
        return child;
    }

    /**
     * Polls {@code health} every 100 ms until it answers 200 with status UP; returns the time from process start.
     *
     * @throws IllegalStateException if the process exits first or the timeout passes (with the log's tail)
     */
    public Duration awaitUp(URI health, Duration timeout) throws IOException, InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was up:\n"
                        + tail(40));
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().startsWith("{\"status\":\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening but not answering yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not up after " + timeout + ":\n" + tail(40));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Resident set size from {@code /proc/<pid>/status} (VmRSS), in KiB. */
    public long residentKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("No VmRSS in /proc/" + process.pid() + "/status");
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGTERM (a graceful stop, as Ctrl-C), then SIGKILL if it is still running after {@code grace}. */
    public void stop(Duration grace) {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(this);
        }
    }

    /** SIGKILL, for a process whose state nobody needs. */
    public void kill() {
        try {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(this);
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private static void stopAll() {
        List<ChildProcess> children = List.copyOf(RUNNING);
        children.forEach(child -> child.process.destroy());
        for (ChildProcess child : children) {
            try {
                if (!child.process.waitFor(15, TimeUnit.SECONDS)) {
                    child.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.process.destroyForcibly();
            }
        }
    }
}
