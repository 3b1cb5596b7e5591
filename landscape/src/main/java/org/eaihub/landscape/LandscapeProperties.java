package org.eaihub.landscape;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What the launcher reads from the configuration ({@code application.yml}, {@code landscape.yml}).
 *
 * @param parts          the parts this JVM runs: broker, kafka, crm, erp, scm, hub
 * @param ports          the HTTP port of each system
 */
public record LandscapeProperties(
        Path dataDir,
        Set<String> parts,
        Map<String, Integer> ports,
        Broker broker,
        EmbeddedKafka embeddedKafka) {

    public record Broker(String host, int corePort, int amqpPort) {
    }

    public record EmbeddedKafka(String host, int port, int controllerPort) {
    }

    public boolean runs(String part) {
        return parts.contains(part);
    }
}
