package org.eaihub.hub.diagnostics;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.eaihub.config.correlation.Correlation;
import org.eaihub.config.security.Roles;
import org.eaihub.hub.soap.SoapRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes {@link Diagnostics} at {@code /services/diagnostics} (WSDL at {@code ?wsdl}) for integration clients,
 * operators, administrators and the applications; other callers get a {@code Client.NotAuthorized} fault.
 */
@Configuration(proxyBeanMethods = false)
public class DiagnosticsEndpoint {

    static final int MAX_ECHO = 256;
    /** Who may ping: the hub's SOAP clients. CRM users work through the CRM and have no business here. */
    static final String[] CALLERS = {Roles.INTEGRATION_CLIENT, Roles.OPERATOR, Roles.ADMIN, Roles.SYSTEM};

    @Bean
    public EndpointImpl diagnosticsSoapEndpoint(Bus bus) {
        Diagnostics implementation = echo -> {
            SoapRoles.require("the connectivity check is for integration clients, operators and the applications",
                    CALLERS);
            return new PingReply("hub", echo == null ? null : echo.substring(0, Math.min(echo.length(), MAX_ECHO)),
                    Correlation.current());
        };
        EndpointImpl endpoint = new EndpointImpl(bus, new DiagnosticsService(implementation));
        endpoint.publish("/diagnostics");
        return endpoint;
    }

    /** JAX-WS needs a concrete annotated class to publish. */
    @jakarta.jws.WebService(serviceName = "DiagnosticsService", portName = "DiagnosticsPort",
            endpointInterface = "org.eaihub.hub.diagnostics.Diagnostics", targetNamespace = Diagnostics.NAMESPACE)
    public static class DiagnosticsService implements Diagnostics {
        private final Diagnostics delegate;

        public DiagnosticsService(Diagnostics delegate) {
            this.delegate = delegate;
        }

        @Override
        public PingReply ping(String echo) {
            return delegate.ping(echo);
        }
    }
}
