package org.eaihub.landscape.kafka;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;

import org.apache.kafka.common.security.auth.AuthenticateCallbackHandler;
import org.apache.kafka.common.security.plain.PlainAuthenticateCallback;
import org.eaihub.config.security.Roles;
import org.eaihub.config.security.UserStore;

/**
 * Checks SASL/PLAIN logins to the embedded Kafka broker against the landscape's user file (bcrypt hashes), so
 * Kafka and Artemis accept the same accounts and no clear-text password list sits in the broker's
 * configuration; only service accounts (SYSTEM) and administrators may log in. The file is named by the JAAS option {@value #USERS_FILE_OPTION}.
 */
public class UserStorePlainCallbackHandler implements AuthenticateCallbackHandler {

    public static final String USERS_FILE_OPTION = "eaihub_users_file";

    private UserStore users;

    @Override
    public void configure(Map<String, ?> configs, String mechanism, List<AppConfigurationEntry> jaasEntries) {
        String file = jaasEntries.stream()
                .map(entry -> (String) entry.getOptions().get(USERS_FILE_OPTION))
                .filter(f -> f != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("JAAS option " + USERS_FILE_OPTION + " is missing"));
        users = UserStore.load(Path.of(file));
    }

    @Override
    public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
        String user = null;
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                user = name.getDefaultName();
            } else if (callback instanceof PlainAuthenticateCallback plain) {
                plain.authenticated(users.authenticate(user, new String(plain.password()))
                        .filter(UserStorePlainCallbackHandler::mayUseKafka).isPresent());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    /**
     * Kafka carries the applications' own events (the SCM's commands and events, the hub's pull lists): only their
     * service accounts and administrators log in; integration clients, operators and CRM users use the hub.
     */
    static boolean mayUseKafka(UserStore.User user) {
        return user.roles().contains(Roles.SYSTEM) || user.roles().contains(Roles.ADMIN);
    }

    @Override
    public void close() {
    }
}
