package org.eaihub.landscape.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.security.auth.callback.CallbackHandler;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.soap.SOAPBinding;
import jakarta.xml.ws.soap.SOAPFaultException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerRegistry;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.canonical.Envelope;
import org.eaihub.canonical.Format;
import org.eaihub.canonical.common.CrossReference;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.GetCustomer360;
import org.eaihub.canonical.customer.GetCustomerPartyMaster;
import org.eaihub.hub.diagnostics.Diagnostics;
import org.eaihub.hub.order.OrderTracking;
import org.eaihub.hub.soap.SoapSecurityConfiguration.SoapEndpointProtection;
import org.eaihub.landscape.LandscapeFixture;
import org.eaihub.landscape.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hub's SOAP services with WS-Security UsernameTokens (PasswordText) sent by real CXF clients
 * ({@link WSS4JOutInterceptor}): the right account and role is answered, a wrong password gets a fault and counts as
 * a failed login, a request without any credential is refused with 401, and a right password with a wrong role gets
 * {@code Client.NotAuthorized} on every service. HTTP Basic keeps working (the other tests use it).
 */
@ExtendWith(LandscapeFixture.class)
class SoapSecurityTest {

    private static final String SEEDED = "C-000007";
    private static final String SEEDED_ERP = "0010000007";
    private static final String GATEWAY_NS = "urn:eaihub:hub:gateway:1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LandscapeFixture landscape;
    private final CanonicalCodec codec = new CanonicalCodec();

    SoapSecurityTest(LandscapeFixture landscape) {
        this.landscape = landscape;
    }

    @Test
    void canonicalGatewayAnswersAnIntegrationClientsTokenAndRefusesOtherRolesAndWrongPasswords() throws Exception {
        String query = customerQuery();

        String answer = canonical("integration", landscape.password("integration"), query);
        assertThat(answer).contains("ShowCustomerPartyMaster").contains(SEEDED);

        for (String wrongRole : new String[] {"operator", "crm-user"}) {
            assertThatThrownBy(() -> canonical(wrongRole, landscape.password(wrongRole), query))
                    .as(wrongRole).isInstanceOf(SOAPFaultException.class)
                    .satisfies(e -> assertThat(faultCode(e)).isEqualTo("Client.NotAuthorized"))
                    .hasMessageNotContaining(SEEDED);
        }
        assertThatThrownBy(() -> canonical("integration", "wrong-" + landscape.password("integration"), query))
                .isInstanceOf(SOAPFaultException.class)
                .satisfies(e -> assertThat(faultCode(e)).isEqualTo("SecurityError"))
                .hasMessageNotContaining(SEEDED);
    }

    @Test
    void customer360OverTheGatewayAnswersAnOperatorsTokenAndRefusesACrmUser() throws Exception {
        String query = new String(codec.write(new GetCustomer360(Envelope.newConversation(GetCustomer360.class,
                SystemCode.ERP, SEEDED), SEEDED), Format.XML), StandardCharsets.UTF_8)
                .replaceFirst("^<\\?xml[^>]*\\?>", "");

        assertThat(canonical("operator", landscape.password("operator"), query))
                .contains("ShowCustomer360").contains(SEEDED);
        assertThatThrownBy(() -> canonical("crm-user", landscape.password("crm-user"), query))
                .isInstanceOf(SOAPFaultException.class)
                .satisfies(e -> assertThat(faultCode(e)).isEqualTo("Client.NotAuthorized"));
    }

    @Test
    void orderTrackingAnswersAnIntegrationClientsTokenAndRefusesACrmUserAndAWrongPassword() {
        // an unknown order: the answer (a Client fault naming it) comes from the service, past authentication
        assertThatThrownBy(() -> orderTracking("integration", landscape.password("integration")).track("SO-999998"))
                .isInstanceOf(SOAPFaultException.class).hasMessageContaining("no order SO-999998");
        assertThatThrownBy(() -> orderTracking("crm-user", landscape.password("crm-user")).track("SO-999998"))
                .isInstanceOf(SOAPFaultException.class)
                .satisfies(e -> assertThat(faultCode(e)).isEqualTo("Client.NotAuthorized"))
                .hasMessageNotContaining("SO-999998");
        assertThatThrownBy(() -> orderTracking("operator", "wrong").track("SO-999998"))
                .isInstanceOf(SOAPFaultException.class)
                .satisfies(e -> assertThat(faultCode(e)).isEqualTo("SecurityError"));
    }

    @Test
    void diagnosticsAnswersAnOperatorsTokenAndRefusesACrmUser() {
        var reply = diagnostics("operator", landscape.password("operator")).ping("token check");
        assertThat(reply.getSystem()).isEqualTo("hub");
        assertThat(reply.getEcho()).isEqualTo("token check");

        assertThatThrownBy(() -> diagnostics("crm-user", landscape.password("crm-user")).ping("token check"))
                .isInstanceOf(SOAPFaultException.class)
                .satisfies(e -> assertThat(faultCode(e)).isEqualTo("Client.NotAuthorized"));
        // HTTP Basic: the same role rule
        assertThat(post("/services/diagnostics", "crm-user", ping()).body()).contains("Client.NotAuthorized");
        assertThat(post("/services/diagnostics", "integration", ping()).body()).contains("token check");
    }

    @Test
    void aWrongTokenPasswordCountsAsAFailedLogin() throws Exception {
        double before = loginFailures();

        assertThatThrownBy(() -> diagnostics("nobody-" + System.nanoTime(), "wrong").ping("x"))
                .isInstanceOf(SOAPFaultException.class)
                .satisfies(e -> assertThat(faultCode(e)).isEqualTo("SecurityError"));

        assertThat(loginFailures()).isEqualTo(before + 1);
    }

    @Test
    void everyHubSoapServiceRefusesARequestWithoutCredentialsAndChecksTokens() {
        var hub = landscape.landscape().system("hub").orElseThrow();
        SoapEndpointProtection protection = hub.getBean(SoapEndpointProtection.class);
        var servers = hub.getBean(Bus.class).getExtension(ServerRegistry.class).getServers();
        assertThat(servers).extracting(s -> s.getEndpoint().getEndpointInfo().getAddress())
                .contains("/canonical", "/order-tracking", "/diagnostics");

        for (Server server : servers) {
            String path = "/services" + server.getEndpoint().getEndpointInfo().getAddress();
            assertThat(protection.protects(server.getEndpoint())).as(path).isTrue();
            HttpResponse<String> anonymous = post(path, null, ping());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).as(path).contains("Client.NotAuthenticated").doesNotContain("token check");
        }
    }

    @Test
    void httpBasicAndATokenForTwoDifferentAccountsAreRefused() {
        Diagnostics client = diagnostics("operator", landscape.password("operator"));
        Client cxf = ClientProxy.getClient(client);
        cxf.getRequestContext().put(org.apache.cxf.message.Message.PROTOCOL_HEADERS, Map.of("Authorization",
                java.util.List.of(TestClients.basic("integration", landscape.password("integration")))));

        assertThatThrownBy(() -> client.ping("x")).hasStackTraceContaining("401");
    }

    // --- clients

    /** A CXF client's outgoing interceptor that adds a UsernameToken with the password as text. */
    private static WSS4JOutInterceptor usernameToken(String user, String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN);
        settings.put(ConfigurationConstants.USER, user);
        settings.put(ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT);
        settings.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (var callback : callbacks) {
                ((WSPasswordCallback) callback).setPassword(password);
            }
        });
        return new WSS4JOutInterceptor(settings);
    }

    private <T> T proxy(Class<T> service, String path, String user, String password) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(service);
        factory.setAddress(landscape.url("hub").resolve(path).toString());
        factory.getOutInterceptors().add(usernameToken(user, password));
        return factory.create(service);
    }

    private Diagnostics diagnostics(String user, String password) {
        return proxy(Diagnostics.class, "/services/diagnostics", user, password);
    }

    private OrderTracking orderTracking(String user, String password) {
        return proxy(OrderTracking.class, "/services/order-tracking", user, password);
    }

    /** Sends a canonical document to {@code /services/canonical} (a JAX-WS Dispatch) and returns the answer. */
    private String canonical(String user, String password, String document) throws Exception {
        QName serviceName = new QName(GATEWAY_NS, "CanonicalGatewayService");
        QName port = new QName(GATEWAY_NS, "CanonicalGatewayPort");
        Service service = Service.create(serviceName);
        service.addPort(port, SOAPBinding.SOAP11HTTP_BINDING,
                landscape.url("hub").resolve("/services/canonical").toString());
        Dispatch<Source> dispatch = service.createDispatch(port, Source.class, Service.Mode.PAYLOAD);
        ((DispatchImpl<?>) dispatch).getClient().getOutInterceptors().add(usernameToken(user, password));
        Source answer = dispatch.invoke(new StreamSource(new StringReader(document)));
        StringWriter text = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(answer, new StreamResult(text));
        return text.toString();
    }

    private String customerQuery() {
        return new String(codec.write(new GetCustomerPartyMaster(Envelope.newConversation(GetCustomerPartyMaster.class,
                SystemCode.ERP, SEEDED_ERP), new CrossReference(SystemCode.ERP, SEEDED_ERP)), Format.XML),
                StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
    }

    private static String ping() {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:d=\""
                + Diagnostics.NAMESPACE + "\"><soap:Body><d:ping><d:echo>token check</d:echo></d:ping></soap:Body>"
                + "</soap:Envelope>";
    }

    /** A raw SOAP POST, with HTTP Basic for {@code user} or without any credential. */
    private HttpResponse<String> post(String path, String user, String envelope) {
        HttpRequest.Builder request = HttpRequest.newBuilder(landscape.url("hub").resolve(path))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope));
        if (user != null) {
            request.header("Authorization", TestClients.basic(user, landscape.password(user)));
        }
        try {
            return TestClients.send(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String faultCode(Throwable e) {
        return ((SOAPFaultException) e).getFault().getFaultCodeAsQName().getLocalPart();
    }

    private double loginFailures() throws Exception {
        var metric = TestClients.get(landscape.url("hub").resolve("/actuator/metrics/eaihub.security.login.failures"),
                "operator", landscape.password("operator"));
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        return JSON.readTree(metric.body()).at("/measurements/0/value").asDouble();
    }
}
