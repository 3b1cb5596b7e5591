package org.eaihub.crm.access;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member behind the current request. */
@Component
public class CurrentStaff {

    private final StaffProperties properties;

    public CurrentStaff(StaffProperties properties) {
        this.properties = properties;
    }

    public Staff get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No authenticated user");
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        return new Staff(authentication.getName(), roles, properties.teamOf(authentication.getName()));
    }
}
