package org.eaihub.hub.soap;

import javax.xml.namespace.QName;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Decides who called a hub SOAP service, right after WSS4J has checked the message's {@code wsse:Security} header:
 * the account of a valid UsernameToken, else the account HTTP Basic authenticated, else nobody, and then the call
 * is refused ({@code Client.NotAuthenticated}, HTTP 401). The caller becomes Spring Security's authentication for
 * the rest of the call, so the services' role checks work the same for both kinds of credential.
 */
public class SoapCallerInterceptor extends AbstractSoapInterceptor {

    static final QName NOT_AUTHENTICATED = new QName(Soap11.SOAP_NAMESPACE, "Client.NotAuthenticated");

    public SoapCallerInterceptor() {
        super(Phase.PRE_PROTOCOL);
        addAfter(WSS4JInInterceptor.class.getName());
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if ("GET".equals(message.get(SoapMessage.HTTP_REQUEST_METHOD))) {
            return; // only the published contracts are GETs here, and WSDLGetInterceptor answers them earlier
        }
        try {
            Authentication caller = caller(SecurityContextHolder.getContext().getAuthentication(),
                    (Authentication) message.get(UsernameTokenAuthenticator.CALLER));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(caller);
            SecurityContextHolder.setContext(context);
        } catch (SoapFault fault) {
            if (message.get(AbstractHTTPDestination.HTTP_RESPONSE) instanceof HttpServletResponse response) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"eaihub\"");
            }
            throw fault;
        }
    }

    /**
     * The caller of a SOAP request: the UsernameToken's account, or the HTTP layer's. Both at once must name the
     * same account.
     *
     * @param http the HTTP layer's authentication (anonymous or {@code null} without HTTP Basic)
     * @param token the authentication of a valid UsernameToken, {@code null} without one
     * @throws SoapFault {@code Client.NotAuthenticated} with HTTP status 401 when there is no caller
     */
    static Authentication caller(Authentication http, Authentication token) {
        boolean httpAuthenticated = http != null && http.isAuthenticated()
                && !(http instanceof AnonymousAuthenticationToken);
        if (token != null) {
            if (httpAuthenticated && !http.getName().equals(token.getName())) {
                throw notAuthenticated("HTTP Basic and the UsernameToken name different accounts");
            }
            return token;
        }
        if (httpAuthenticated) {
            return http;
        }
        throw notAuthenticated("credentials are required: a WS-Security UsernameToken (PasswordText) or HTTP Basic");
    }

    private static SoapFault notAuthenticated(String reason) {
        SoapFault fault = new SoapFault(reason, NOT_AUTHENTICATED);
        fault.setStatusCode(HttpServletResponse.SC_UNAUTHORIZED);
        return fault;
    }
}
