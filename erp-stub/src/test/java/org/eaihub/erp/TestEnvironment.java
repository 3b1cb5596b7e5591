package org.eaihub.erp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.eaihub.config.security.Roles;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The test JVM's data directory (under target/) and user file: the landscape's accounts with known
 * passwords, hashed with a low bcrypt cost so that the many authenticated calls of the tests stay quick.
 */
public final class TestEnvironment {

    public static final Map<String, String> ROLES = Map.of(
            "admin", Roles.ADMIN + "," + Roles.OPERATOR,
            "operator", Roles.OPERATOR,
            "crm-user", Roles.CRM_USER,
            "integration", Roles.INTEGRATION_CLIENT,
            "hub", Roles.SYSTEM,
            "erp", Roles.SYSTEM);

    private static Path dataDir;

    private TestEnvironment() {
    }

    public static String password(String user) {
        return "test-" + user + "-secret";
    }

    public static synchronized Path dataDir() {
        if (dataDir == null) {
            Path dir = Path.of("target", "erp-test-data", UUID.randomUUID().toString()).toAbsolutePath();
            try {
                Files.createDirectories(dir.resolve("security"));
                Properties users = new Properties();
                BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
                ROLES.forEach((user, roles) -> {
                    users.setProperty(user + ".password", "{bcrypt}" + encoder.encode(password(user)));
                    users.setProperty(user + ".roles", roles);
                });
                try (Writer writer = Files.newBufferedWriter(dir.resolve("security/users.properties"),
                        StandardCharsets.UTF_8)) {
                    users.store(writer, "test users");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dataDir = dir;
        }
        return dataDir;
    }
}
