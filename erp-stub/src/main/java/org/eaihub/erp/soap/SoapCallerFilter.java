package org.eaihub.erp.soap;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eaihub.config.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call the ERP's SOAP service: the applications (SYSTEM), integration clients and administrators.
 * Every other authenticated user (a CRM user, an operator) is refused with 403; the CRM reaches the ERP
 * through the hub only. The published WSDL stays public.
 */
class SoapCallerFilter extends OncePerRequestFilter {

    static final Set<String> CALLER_ROLES = Set.of("ROLE_" + Roles.SYSTEM, "ROLE_" + Roles.INTEGRATION_CLIENT,
            "ROLE_" + Roles.ADMIN);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(CALLER_ROLES::contains);
        if (!allowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "The ERP's SOAP service is for SYSTEM, INTEGRATION_CLIENT and ADMIN callers");
            return;
        }
        chain.doFilter(request, response);
    }
}
