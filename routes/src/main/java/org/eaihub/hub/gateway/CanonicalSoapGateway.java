package org.eaihub.hub.gateway;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.eaihub.canonical.CanonicalValidationException;
import org.eaihub.config.security.Roles;
import org.eaihub.hub.backend.BackendUnavailableException;
import org.eaihub.hub.backend.BusinessFaultException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code /services/canonical}: the {@link CanonicalGateway} over SOAP 1.1. The SOAP body is the canonical XML
 * document itself, as on the queues; the answer is the canonical answer ({@code ShowCustomerPartyMaster},
 * {@code ShowCustomer360}) or an {@code Accepted} element with the message id and the queue it was put on.
 * Integration clients and administrators only, and operators for {@code GetCustomer360} (other roles and
 * operations get a {@code Client.NotAuthorized} fault); an invalid document gets a {@code Client} fault naming the
 * fields and rules.
 */
@WebServiceProvider(serviceName = "CanonicalGatewayService", portName = "CanonicalGatewayPort",
        targetNamespace = CanonicalSoapGateway.NAMESPACE, wsdlLocation = "classpath:wsdl/canonical-gateway.wsdl")
@ServiceMode(Service.Mode.PAYLOAD)
public class CanonicalSoapGateway implements Provider<Source> {

    public static final String NAMESPACE = "urn:eaihub:hub:gateway:1";
    /** A document whose root element is {@code GetCustomer360}, after an optional XML declaration. */
    private static final Pattern CUSTOMER_360_QUERY =
            Pattern.compile("\\s*(<\\?xml[^>]*\\?>)?\\s*<([A-Za-z_][\\w.-]*:)?GetCustomer360[\\s/>]");

    private final CanonicalGateway gateway;
    private final TransformerFactory transformers;

    public CanonicalSoapGateway(CanonicalGateway gateway) {
        this.gateway = gateway;
        this.transformers = TransformerFactory.newInstance();
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    }

    @Override
    public Source invoke(Source request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!allowed(caller) && !hasRole(caller, Roles.OPERATOR)) {
            throw fault("Client.NotAuthorized", "this service is for integration clients");
        }
        byte[] document = bytes(request);
        if (!allowed(caller) && !CUSTOMER_360_QUERY.matcher(new String(document, StandardCharsets.UTF_8)).lookingAt()) {
            throw fault("Client.NotAuthorized", "operators may only ask for a customer 360 here");
        }
        try {
            CanonicalGateway.Outcome outcome = gateway.submit(document, "application/xml");
            if (outcome.answered()) {
                return new StreamSource(new ByteArrayInputStream(outcome.answer()));
            }
            String accepted = "<Accepted xmlns=\"" + NAMESPACE + "\"><messageId>" + outcome.messageId()
                    + "</messageId><queue>" + outcome.queue() + "</queue></Accepted>";
            return new StreamSource(new ByteArrayInputStream(accepted.getBytes(StandardCharsets.UTF_8)));
        } catch (CanonicalValidationException e) {
            throw fault("Client", e.getMessage());
        } catch (BusinessFaultException e) {
            throw fault("Client.Refused", e.getMessage());
        } catch (BackendUnavailableException e) {
            throw fault("Server.Unavailable", e.getMessage());
        }
    }

    static boolean allowed(Authentication caller) {
        return hasRole(caller, Roles.INTEGRATION_CLIENT) || hasRole(caller, Roles.ADMIN);
    }

    private static boolean hasRole(Authentication caller, String role) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    private byte[] bytes(Source source) {
        try {
            Transformer transformer = transformers.newTransformer();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(source, new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw fault("Client", "the SOAP body is not a readable XML document");
        }
    }

    private static SoapFault fault(String code, String reason) {
        return new SoapFault(reason, new QName(Soap11.SOAP_NAMESPACE, code));
    }
}
