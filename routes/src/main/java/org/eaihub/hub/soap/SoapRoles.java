package org.eaihub.hub.soap;

import java.util.Arrays;

import javax.xml.namespace.QName;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Role checks inside a SOAP service: a caller without one of the roles gets a {@code Client.NotAuthorized} fault. */
public final class SoapRoles {

    public static final QName NOT_AUTHORIZED = new QName(Soap11.SOAP_NAMESPACE, "Client.NotAuthorized");

    private SoapRoles() {
    }

    /** Whether the caller has one of the roles (names of {@link org.eaihub.config.security.Roles}). */
    public static boolean hasAny(Authentication caller, String... roles) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a ->
                Arrays.stream(roles).anyMatch(role -> a.getAuthority().equals("ROLE_" + role)));
    }

    /** Refuses the current caller unless it has one of the roles; {@code reason} goes into the fault. */
    public static void require(String reason, String... roles) {
        if (!hasAny(SecurityContextHolder.getContext().getAuthentication(), roles)) {
            throw new SoapFault(reason, NOT_AUTHORIZED);
        }
    }
}
