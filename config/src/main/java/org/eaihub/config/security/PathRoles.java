package org.eaihub.config.security;

import java.util.List;

/**
 * An application's rule that only some roles may request the paths matching an Ant pattern (e.g. a web page for
 * operators). Declare it as a bean: the security baseline checks every such rule before its own ones, so a rule
 * only ever narrows who gets in (authenticated, and in one of the roles), never opens a path.
 *
 * @param pattern an Ant path pattern, e.g. {@code /ops/**}
 * @param roles   the roles of {@link Roles} allowed, at least one
 */
public record PathRoles(String pattern, List<String> roles) {

    public PathRoles {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("A path pattern starts with /");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Name at least one role for " + pattern);
        }
        roles = List.copyOf(roles);
    }

    public static PathRoles of(String pattern, String... roles) {
        return new PathRoles(pattern, List.of(roles));
    }
}
