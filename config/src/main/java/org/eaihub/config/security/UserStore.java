package org.eaihub.config.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of the landscape, read from a properties file that holds only password hashes:
 * {@code <user>.password={bcrypt}...} and {@code <user>.roles=ROLE_A,ROLE_B}. The same file authenticates
 * HTTP and SOAP callers, Artemis (Core and AMQP) and Kafka (SASL/PLAIN) clients.
 */
public final class UserStore {

    public record User(String name, String passwordHash, Set<String> roles) {
    }

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Map<String, User> users;

    private UserStore(Map<String, User> users) {
        this.users = Map.copyOf(users);
    }

    public static UserStore load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the user file " + file
                    + " (created on the landscape's first start, or set eaihub.security.users-file)", e);
        }
        Map<String, User> users = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.endsWith(".password")) {
                continue;
            }
            String name = key.substring(0, key.length() - ".password".length());
            Set<String> roles = Arrays.stream(properties.getProperty(name + ".roles", "").split(","))
                    .map(String::trim).filter(r -> !r.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            users.put(name, new User(name, properties.getProperty(key), roles));
        }
        return new UserStore(users);
    }

    public Optional<User> find(String name) {
        return Optional.ofNullable(name).map(users::get);
    }

    /** The user, if the password matches its stored hash. */
    public Optional<User> authenticate(String name, String password) {
        if (password == null) {
            return Optional.empty();
        }
        return find(name).filter(u -> ENCODER.matches(password, u.passwordHash()));
    }

    public Map<String, User> all() {
        return users;
    }

    public static String hash(String password) {
        return ENCODER.encode(password);
    }
}
