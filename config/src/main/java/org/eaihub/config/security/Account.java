package org.eaihub.config.security;

import java.util.List;
import java.util.Set;

/**
 * An account the landscape creates on first start. Personal accounts get a password that is printed once
 * and stored only as a hash; service accounts (one per application) also keep their password in the data
 * directory's {@code service-credentials.properties}, readable by the owner only, because the
 * applications need it to log in to each other and to the brokers.
 */
public record Account(String name, Set<String> roles, boolean service) {

    public static final List<Account> DEFAULTS = List.of(
            new Account("admin", Set.of(Roles.ADMIN, Roles.OPERATOR), false),
            new Account("operator", Set.of(Roles.OPERATOR), false),
            new Account("crm-user", Set.of(Roles.CRM_USER), false),
            new Account("integration", Set.of(Roles.INTEGRATION_CLIENT), false),
            new Account("hub", Set.of(Roles.SYSTEM), true),
            new Account("crm", Set.of(Roles.SYSTEM), true),
            new Account("erp", Set.of(Roles.SYSTEM), true),
            new Account("scm", Set.of(Roles.SYSTEM), true),
            new Account("kafka", Set.of(Roles.SYSTEM), true));

    /** Environment variable that sets this account's password, e.g. {@code EAIHUB_PASSWORD_CRM_USER}. */
    public String environmentVariable() {
        return "EAIHUB_PASSWORD_" + name.toUpperCase().replace('-', '_');
    }

    /** System property equivalent of {@link #environmentVariable()}, used by test fixtures. */
    public String systemProperty() {
        return "eaihub.password." + name;
    }
}
