package org.eaihub.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings a measurement runs under: run-time overrides for the landscape (Spring arguments and JVM options), the
 * consumer concurrency (the hub route's {@code eaihub.hub.intake.consumers} and the raw relay's thread count alike),
 * the producer count, and Artemis client URL parameters for the raw baseline's connections (to mirror a
 * connection-factory setting given to the hub through its broker URL). {@code landscapeJar}, when set, runs another
 * build of the landscape (a candidate change against the current one, in the same run).
 */
public record Variant(String label, List<String> landscapeArgs, List<String> landscapeJvmArgs, int consumers,
        int producers, String rawClientParams, Path landscapeJar) {

    public Variant {
        landscapeArgs = List.copyOf(landscapeArgs);
        landscapeJvmArgs = List.copyOf(landscapeJvmArgs);
        rawClientParams = rawClientParams == null ? "" : rawClientParams;
    }
}
