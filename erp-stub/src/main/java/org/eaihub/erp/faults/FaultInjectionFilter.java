package org.eaihub.erp.faults;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies the fault knobs to SOAP calls (POSTs to the ERP's service; its published WSDL stays reachable): the
 * latency, then for a call the error rate picks, its fault. HANG and MALFORMED happen here, on the wire; SERVER
 * and BUSINESS are handed to the SOAP stack (request attribute {@link #INJECTED_FAULT}) so that they come back
 * as proper SOAP faults.
 */
public class FaultInjectionFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link FaultKind} the SOAP stack is to raise. */
    public static final String INJECTED_FAULT = FaultInjectionFilter.class.getName() + ".fault";

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjectionFilter.class);

    private final FaultKnobs knobs;
    private final ObjectProvider<MeterRegistry> meters;

    public FaultInjectionFilter(FaultKnobs knobs, ObjectProvider<MeterRegistry> meters) {
        this.knobs = knobs;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<FaultKind> fault = knobs.draw();
        long latency = knobs.getLatencyMs();
        fault.ifPresent(kind -> {
            LOG.info("Injecting a {} fault into {}", kind, request.getRequestURI());
            meters.ifAvailable(m -> m.counter("erp.faults.injected", "kind", kind.name()).increment());
        });
        if (fault.isPresent() && fault.get() == FaultKind.HANG) {
            knobs.pause(latency);
            response.setStatus(HttpServletResponse.SC_GATEWAY_TIMEOUT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The ERP did not answer within " + latency + " ms (injected fault)");
            return;
        }
        if (latency > 0) {
            knobs.pause(latency);
        }
        if (fault.isEmpty()) {
            chain.doFilter(request, response);
        } else if (fault.get() == FaultKind.MALFORMED) {
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, captured);
            byte[] body = captured.getContentAsByteArray();
            byte[] cut = Arrays.copyOf(body, body.length / 2);
            response.setContentLength(cut.length);
            response.getOutputStream().write(cut);
            LOG.debug("Cut a response of {} bytes to {}", body.length, cut.length);
        } else {
            request.setAttribute(INJECTED_FAULT, fault.get());
            chain.doFilter(request, response);
        }
    }
}
