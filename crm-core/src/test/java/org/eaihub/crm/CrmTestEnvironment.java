package org.eaihub.crm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eaihub.config.security.Account;
import org.eaihub.config.security.CredentialBootstrap;
import org.eaihub.config.security.Roles;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A CRM of its own for tests: a fresh data directory with a user file (every account's password is
 * {@link #password(String)}), an in-VM Artemis broker, and a staff directory with two teams.
 */
public final class CrmTestEnvironment {

    public static final List<Account> ACCOUNTS = List.of(
            new Account("crm-user", Set.of(Roles.CRM_USER), false),
            new Account("bob", Set.of(Roles.CRM_USER), false),
            new Account("alice", Set.of(Roles.CRM_USER), false),
            new Account("admin", Set.of(Roles.ADMIN, Roles.OPERATOR), false),
            new Account("operator", Set.of(Roles.OPERATOR), false),
            new Account("hub", Set.of(Roles.SYSTEM), true),
            new Account("crm", Set.of(Roles.SYSTEM), true));

    private CrmTestEnvironment() {
    }

    public static String password(String user) {
        return "pw-" + user;
    }

    public static Path newDataDir() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "crm-test", UUID.randomUUID().toString()))
                    .toAbsolutePath();
            new CredentialBootstrap(dir.resolve("security"), ACCOUNTS, a -> Optional.of(password(a.name())))
                    .ensureAccounts();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the properties of a CRM on its own data directory and an in-VM broker. */
    public static void register(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        registry.add("spring.config.name", () -> "application,crm");
        registry.add("eaihub.data-dir", dataDir::toString);
        registry.add("eaihub.credentials.crm", () -> password("crm"));
        registry.add("spring.artemis.mode", () -> "embedded");
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("spring.artemis.embedded.queues",
                () -> "crm.customer.events,crm.in.order,DLQ.crm.in.order,hub.in.order");
        registry.add("eaihub.outbox.poll-interval", () -> "50ms");
        registry.add("eaihub.crm.staff.bob.team", () -> "east");
        registry.add("eaihub.crm.staff.alice.team", () -> "west");
    }
}
