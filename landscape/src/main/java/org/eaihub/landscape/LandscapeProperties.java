package org.eaihub.landscape;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What the launcher reads from the configuration ({@code application.yml}, {@code landscape.yml}).
 *
 * @param parts          the parts this JVM runs: broker, kafka, crm, erp, scm, hub
 * @param ports          the HTTP port of each system
 * @param embeddedTls    the key store of the embedded brokers' TLS listeners (only used when a TLS port is set)
 */
public record LandscapeProperties(
        Path dataDir,
        Set<String> parts,
        Map<String, Integer> ports,
        Broker broker,
        EmbeddedKafka embeddedKafka,
        EmbeddedTls embeddedTls) {

    /** {@code tlsPort} 0: no TLS acceptor; otherwise one acceptor for Core and AMQP over TLS on that port. */
    public record Broker(String host, int corePort, int amqpPort, int tlsPort) {
    }

    /** {@code tlsPort} 0: no TLS listener; otherwise a SASL_SSL listener on that port besides SASL_PLAINTEXT. */
    public record EmbeddedKafka(String host, int port, int controllerPort, int tlsPort) {
    }

    /** A key store file (PKCS12 unless {@code keystoreType} says otherwise) and its password. */
    public record EmbeddedTls(Path keystore, String keystorePassword, String keystoreType) {

        public String type() {
            return keystoreType == null || keystoreType.isBlank() ? "PKCS12" : keystoreType;
        }

        /** The key store, which a TLS port requires. */
        public static EmbeddedTls required(EmbeddedTls tls) {
            if (tls == null || tls.keystore() == null) {
                throw new IllegalStateException("A TLS port is set but eaihub.embedded-tls.keystore is not");
            }
            return tls;
        }
    }

    public boolean runs(String part) {
        return parts.contains(part);
    }
}
