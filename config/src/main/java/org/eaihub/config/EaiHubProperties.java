package org.eaihub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every application shares.
 *
 * @param system   this application's short name ({@code crm}, {@code erp}, {@code scm}, {@code hub}); it names
 *                 the Camel context, the database folder and the service account
 * @param dataDir  where databases, the broker journal, Kafka logs and the security files live
 */
@ConfigurationProperties("eaihub")
public record EaiHubProperties(String system, Path dataDir) {

    public Path securityDir() {
        return dataDir.resolve("security");
    }
}
