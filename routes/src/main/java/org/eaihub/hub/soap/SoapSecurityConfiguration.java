package org.eaihub.hub.soap;

import java.util.HashMap;
import java.util.Map;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerLifeCycleListener;
import org.apache.cxf.endpoint.ServerLifeCycleManager;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * WS-Security on every SOAP service the hub publishes ({@code /services/*}): a request may carry a UsernameToken
 * with a {@code PasswordText} password (OASIS WSS 1.0) instead of HTTP Basic. WSS4J reads the header and checks
 * the password against the landscape's user store ({@link UsernameTokenAuthenticator}); a wrong one is a
 * {@code wsse:FailedAuthentication} fault. {@link SoapCallerInterceptor} then refuses a request that has neither
 * credential. The HTTP layer lets such POSTs through without HTTP Basic ({@code eaihub.security.ws-security-paths}).
 */
@Configuration(proxyBeanMethods = false)
public class SoapSecurityConfiguration {

    @Bean
    public SoapEndpointProtection soapEndpointProtection(Bus bus, UserDetailsService users,
            ApplicationEventPublisher events) {
        ProviderManager authentication = new ProviderManager(new DaoAuthenticationProvider(users));
        // failed tokens count for the login-failure alarm exactly as failed HTTP Basic logins do
        authentication.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        Map<String, Object> settings = new HashMap<>(); // a mutable map: WSS4J adds its defaults to it
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        settings.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
        settings.put(WSS4JInInterceptor.VALIDATOR_MAP,
                new HashMap<>(Map.of(WSConstants.USERNAME_TOKEN, new UsernameTokenAuthenticator(authentication))));
        WSS4JInInterceptor wss4j = new WSS4JInInterceptor(settings);
        // a token is optional (HTTP Basic still works): SoapCallerInterceptor insists on one of the two
        wss4j.setIgnoreActions(true);
        return new SoapEndpointProtection(bus, wss4j, new SoapCallerInterceptor());
    }

    /**
     * Puts both interceptors on every server endpoint of the hub's bus: those published before the application
     * context finished, and any published later. Requests arrive only after, when the web server starts.
     */
    public static class SoapEndpointProtection implements SmartInitializingSingleton, ServerLifeCycleListener {
        private final Bus bus;
        private final WSS4JInInterceptor wss4j;
        private final SoapCallerInterceptor caller;

        SoapEndpointProtection(Bus bus, WSS4JInInterceptor wss4j, SoapCallerInterceptor caller) {
            this.bus = bus;
            this.wss4j = wss4j;
            this.caller = caller;
        }

        @Override
        public void afterSingletonsInstantiated() {
            bus.getExtension(ServerLifeCycleManager.class).registerListener(this);
            bus.getExtension(ServerRegistry.class).getServers().forEach(this::startServer);
        }

        @Override
        public synchronized void startServer(Server server) {
            Endpoint endpoint = server.getEndpoint();
            if (!endpoint.getInInterceptors().contains(caller)) {
                // PasswordText carries no nonce worth remembering: no replay cache (it would live on disk)
                endpoint.put(SecurityConstants.ENABLE_NONCE_CACHE, Boolean.FALSE);
                endpoint.getInInterceptors().add(wss4j);
                endpoint.getInInterceptors().add(caller);
            }
        }

        @Override
        public void stopServer(Server server) {
        }

        /** Whether the endpoint checks callers (for tests). */
        public boolean protects(Endpoint endpoint) {
            return endpoint.getInInterceptors().contains(caller);
        }
    }
}
