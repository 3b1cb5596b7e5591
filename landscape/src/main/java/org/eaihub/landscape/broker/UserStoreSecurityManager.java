package org.eaihub.landscape.broker;

import java.util.Set;

import javax.security.auth.Subject;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.eaihub.config.security.UserStore;

/**
 * Authenticates Artemis clients (Core and AMQP alike) against the landscape's user file and authorizes them by
 * the roles it gives them, against the {@code security-settings} of {@code broker.xml}. The broker caches the
 * results, so the bcrypt check is paid per login, not per message.
 */
public class UserStoreSecurityManager implements ActiveMQSecurityManager5 {

    private final UserStore users;

    public UserStoreSecurityManager(UserStore users) {
        this.users = users;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        return users.authenticate(user, password).map(u -> {
            Subject subject = new Subject();
            subject.getPrincipals().add(new UserPrincipal(u.name()));
            u.roles().forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
            return subject;
        }).orElse(null);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        return roles.stream().filter(checkType::hasRole).anyMatch(role ->
                subject.getPrincipals(RolePrincipal.class).stream().anyMatch(p -> p.getName().equals(role.getName())));
    }

    @Override
    public boolean validateUser(String user, String password) {
        return users.authenticate(user, password).isPresent();
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return authorize(authenticate(user, password, null, null), roles, checkType, null);
    }
}
