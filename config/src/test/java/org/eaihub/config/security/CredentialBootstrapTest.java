package org.eaihub.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialBootstrapTest {

    private static final List<Account> ACCOUNTS = List.of(
            new Account("operator", Set.of(Roles.OPERATOR), false),
            new Account("hub", Set.of(Roles.SYSTEM), true));

    @TempDir
    Path dir;

    private final Map<String, String> configured = new HashMap<>();

    private CredentialBootstrap bootstrap() {
        return new CredentialBootstrap(dir, ACCOUNTS, account -> Optional.ofNullable(configured.get(account.name())));
    }

    @Test
    void firstStartGeneratesPasswordsAndStoresPersonalOnesOnlyAsHashes() throws Exception {
        Map<String, String> shown = bootstrap().ensureAccounts();

        assertThat(shown).containsOnlyKeys("operator");
        String operatorPassword = shown.get("operator");
        assertThat(operatorPassword).hasSize(24);
        String users = Files.readString(dir.resolve(CredentialBootstrap.USERS_FILE));
        assertThat(users).doesNotContain(operatorPassword).contains("operator.password={bcrypt}");
        assertThat(Files.readString(dir.resolve(CredentialBootstrap.SERVICE_CREDENTIALS_FILE)))
                .doesNotContain(operatorPassword).contains("eaihub.credentials.hub=");

        UserStore store = UserStore.load(dir.resolve(CredentialBootstrap.USERS_FILE));
        assertThat(store.authenticate("operator", operatorPassword)).map(UserStore.User::roles)
                .contains(Set.of(Roles.OPERATOR));
        assertThat(store.authenticate("operator", operatorPassword + "x")).isEmpty();
        assertThat(store.authenticate("nobody", operatorPassword)).isEmpty();
    }

    @Test
    void filesAreReadableByTheOwnerOnly() throws Exception {
        bootstrap().ensureAccounts();

        for (String file : List.of(CredentialBootstrap.USERS_FILE, CredentialBootstrap.SERVICE_CREDENTIALS_FILE)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
    }

    @Test
    void laterStartsKeepTheAccountsAndShowNothing() throws Exception {
        bootstrap().ensureAccounts();
        String before = Files.readString(dir.resolve(CredentialBootstrap.USERS_FILE));

        assertThat(bootstrap().ensureAccounts()).isEmpty();
        assertThat(Files.readString(dir.resolve(CredentialBootstrap.USERS_FILE))).isEqualTo(before);
    }

    @Test
    void aConfiguredPasswordWinsAndResetsALostOne() {
        String lost = bootstrap().ensureAccounts().get("operator");
        configured.put("operator", "a-new-operator-password");

        assertThat(bootstrap().ensureAccounts()).as("a configured password is not shown").isEmpty();

        UserStore store = UserStore.load(dir.resolve(CredentialBootstrap.USERS_FILE));
        assertThat(store.authenticate("operator", "a-new-operator-password")).isPresent();
        assertThat(store.authenticate("operator", lost)).isEmpty();
    }
}
