package org.eaihub.config.correlation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation and causation ids of an HTTP or SOAP request (or starts a new correlation), keeps
 * them in the logging context for the request and echoes the correlation id in the response.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (Correlation.Scope ignored = Correlation.open(
                request.getHeader(Correlation.HTTP_CORRELATION_HEADER),
                request.getHeader(Correlation.HTTP_CAUSATION_HEADER))) {
            response.setHeader(Correlation.HTTP_CORRELATION_HEADER, Correlation.current());
            chain.doFilter(request, response);
        }
    }
}
