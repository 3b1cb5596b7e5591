package org.eaihub.bench;

import java.io.PrintStream;
import java.time.Duration;

/** Progress lines with the time since the harness started. */
public final class Console {

    private final PrintStream out;
    private final long started = System.nanoTime();

    public Console(PrintStream out) {
        this.out = out;
    }

    public synchronized void log(String format, Object... args) {
        out.printf("[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, String.format(format, args));
        out.flush();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
