package org.eaihub.crm.access;

import java.util.Set;

import org.eaihub.config.security.Roles;

/** The person or system acting: user name, roles, and CRM team (null when the user has none). */
public record Staff(String username, Set<String> roles, String team) {

    public boolean isAdminOrSystem() {
        return roles.contains(Roles.ADMIN) || roles.contains(Roles.SYSTEM);
    }
}
