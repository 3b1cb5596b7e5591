package org.eaihub.landscape;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;

/**
 * The packaged landscape jar running in its own JVM, as a user starts it: for tests that stop it with Ctrl-C
 * (SIGINT) or kill it (SIGKILL) while other parts of the landscape keep running.
 */
public final class LandscapeProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;

    private LandscapeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar eaihub-landscape.jar args...}, its output going to {@code log}. */
    public static LandscapeProcess start(Path log, Map<String, String> environment, List<String> jvmOptions,
            String... args) throws IOException {
        String jar = System.getProperty("eaihub.landscape.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("The packaged landscape jar is missing (" + jar
                    + "): these tests run under Failsafe after `package`");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new LandscapeProcess(builder.start(), log);
    }

    /** Waits until the health URL answers UP; fails with the process's log if it died first. */
    public void awaitHealthy(URI health, Duration timeout) {
        awaitHealthy(health, timeout, HTTP);
    }

    /** The same with a client of one's own (one that trusts the process's TLS certificate). */
    public void awaitHealthy(URI health, Duration timeout, HttpClient client) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().startsWith("{\"status\":\"UP\"");
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Ctrl-C: SIGINT, then waits for the JVM to exit; returns its exit code. */
    public int interrupt(Duration timeout) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Still running " + timeout + " after Ctrl-C:\n" + tail());
        }
        return process.exitValue();
    }

    /** Waits for the JVM to end by itself; returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Still running after " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** SIGKILL: the JVM gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
