package org.eaihub.config.faults;

import java.util.concurrent.TimeUnit;

/**
 * Fault injection for the crash tests: this JVM killed by the operating system with SIGKILL, at the exact point a
 * test names (after a commit, before a send...). The signal comes from {@code kill -9}, so nothing in the JVM runs
 * afterwards: no shutdown hook, no finally block, no flush. Where no {@code kill} command can be run, the JVM halts
 * with exit code 137, which skips the same things.
 */
public final class Sigkill {

    private Sigkill() {
    }

    public static void thisJvm() {
        try {
            new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (Exception | Error e) {
            // fall through to halt
        }
        Runtime.getRuntime().halt(137);
    }
}
