package org.eaihub.bench.report;

import java.time.ZonedDateTime;

/** Where and how a run was made, written beside every figure. */
public record RunInfo(ZonedDateTime startedAt, String mode, String label, String machine) {

    public static String thisMachine() {
        return String.format("%d cores, JDK %s (%s), %s %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }
}
