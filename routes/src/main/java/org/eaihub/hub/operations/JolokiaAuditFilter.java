package org.eaihub.hub.operations;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Audits the MBean operations operators execute through Jolokia, which is how Hawtio starts, stops, suspends and
 * resumes routes: one {@code jmx.exec} entry per operation, target the MBean, detail the operation, outcome as
 * Jolokia answered (REFUSED when the access policy said no). Reads are not audited.
 */
public class JolokiaAuditFilter extends OncePerRequestFilter {

    /** Jolokia's answers are small; a bulk read of everything is not audited and need not be cached whole. */
    private static final int CACHE_LIMIT = 256 * 1024;

    private final OperatorAudit audit;

    public JolokiaAuditFilter(OperatorAudit audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) && !request.getRequestURI().contains("/exec/")) {
            chain.doFilter(request, response); // a read: nothing to audit, nothing to copy
            return;
        }
        ContentCachingRequestWrapper req = new ContentCachingRequestWrapper(request, CACHE_LIMIT);
        ContentCachingResponseWrapper res = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(req, res);
            List<JolokiaExecutions.Execution> executions = "POST".equals(request.getMethod())
                    ? JolokiaExecutions.of(req.getContentAsByteArray(), res.getContentAsByteArray())
                    : JolokiaExecutions.ofPath(request.getRequestURI(), res.getStatus(), res.getContentAsByteArray());
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            for (JolokiaExecutions.Execution e : executions) {
                audit.record(who == null ? null : who.getName(), "jmx.exec", e.mbean(), e.outcome(), e.operation());
            }
        } finally {
            res.copyBodyToResponse();
        }
    }
}
