package org.eaihub.config.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Creates the landscape's accounts on first start. A password comes from the environment
 * ({@code EAIHUB_PASSWORD_<ACCOUNT>}) when set there, otherwise it is generated. The user file keeps only
 * hashes. Service account passwords are also written to {@code service-credentials.properties} (owner-only)
 * because the applications log in with them. Generated personal passwords are returned to the caller to be
 * printed once: they are stored nowhere in clear.
 *
 * <p>On later starts an account whose password is set in the environment gets its hash replaced, which is
 * also how a lost password is reset.
 */
public final class CredentialBootstrap {

    public static final String USERS_FILE = "users.properties";
    public static final String SERVICE_CREDENTIALS_FILE = "service-credentials.properties";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final Path securityDir;
    private final List<Account> accounts;
    private final Function<Account, Optional<String>> configuredPassword;

    public CredentialBootstrap(Path securityDir, List<Account> accounts,
            Function<Account, Optional<String>> configuredPassword) {
        this.securityDir = securityDir;
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    /** Reads passwords from environment variables, then from system properties. */
    public static Function<Account, Optional<String>> fromEnvironment() {
        return account -> Optional.ofNullable(System.getenv(account.environmentVariable()))
                .or(() -> Optional.ofNullable(System.getProperty(account.systemProperty())))
                .filter(p -> !p.isBlank());
    }

    /** Ensures every account exists; returns the personal passwords generated now, to be shown once. */
    public Map<String, String> ensureAccounts() {
        try {
            Files.createDirectories(securityDir);
            restrict(securityDir, "rwx------");
            Properties users = read(securityDir.resolve(USERS_FILE));
            Properties services = read(securityDir.resolve(SERVICE_CREDENTIALS_FILE));
            Map<String, String> generated = new LinkedHashMap<>();
            boolean changed = false;
            for (Account account : accounts) {
                Optional<String> configured = configuredPassword.apply(account);
                boolean exists = users.containsKey(account.name() + ".password")
                        && (!account.service() || services.containsKey(serviceKey(account)));
                if (exists && configured.isEmpty()) {
                    continue;
                }
                String password = configured.orElseGet(CredentialBootstrap::generate);
                users.setProperty(account.name() + ".password", UserStore.hash(password));
                users.setProperty(account.name() + ".roles", String.join(",", account.roles().stream().sorted().toList()));
                if (account.service()) {
                    services.setProperty(serviceKey(account), password);
                } else if (configured.isEmpty()) {
                    generated.put(account.name(), password);
                }
                changed = true;
            }
            if (changed) {
                write(securityDir.resolve(USERS_FILE), users,
                        "Landscape users: password hashes and roles. Reset a password with EAIHUB_PASSWORD_<USER>.");
                write(securityDir.resolve(SERVICE_CREDENTIALS_FILE), services,
                        "Service account passwords the applications log in with. Keep private.");
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the landscape's accounts in " + securityDir, e);
        }
    }

    /** The property under which applications find a service account's password. */
    public static String serviceKey(Account account) {
        return "eaihub.credentials." + account.name();
    }

    static String generate() {
        char[] chars = new char[24];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties, String comment) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        restrict(tmp, "rw-------");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            properties.store(writer, comment);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems keep their default permissions.
        }
    }
}
