package org.eaihub.erp.soap;

import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.message.Message;
import org.eaihub.erp.ErpProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Publishes {@link ErpSoapService} at {@code /services/erp}. The WSDL served at {@code ?wsdl} is the
 * hand-written contract ({@code wsdl/erp/ErpService.wsdl}, with its XSD at {@code ?xsd=ErpService.xsd}), and
 * requests are validated against it, so an invalid one gets a fault naming the field and the rule.
 */
@Configuration(proxyBeanMethods = false)
public class ErpSoapEndpoint {

    @Bean
    public EndpointImpl erpSoapEndpointImpl(Bus bus, ErpSoapService service, ErpProperties properties) {
        EndpointImpl endpoint = new EndpointImpl(bus, service);
        endpoint.setWsdlLocation(ErpSoapService.WSDL);
        endpoint.setServiceName(new QName(ErpSoapService.NAMESPACE, "ErpService"));
        endpoint.setEndpointName(new QName(ErpSoapService.NAMESPACE, "ErpPort"));
        endpoint.setProperties(Map.of(Message.SCHEMA_VALIDATION_ENABLED, properties.soap().schemaValidation(),
                "jaxb-validation-event-handler", new ValidationErrors()));
        endpoint.getInInterceptors().add(new ValidationErrors.Reset());
        endpoint.getInInterceptors().add(new InjectedFaultInterceptor());
        endpoint.getOutFaultInterceptors().add(new ValidationErrors.Explain());
        endpoint.getOutFaultInterceptors().add(new BusinessFaultCodeInterceptor());
        endpoint.publish(properties.soap().path());
        return endpoint;
    }

    @Bean
    public FilterRegistrationBean<SoapCallerFilter> erpSoapCallerFilter(ErpProperties properties,
            @Value("${cxf.path:/services}") String cxfPath) {
        String path = cxfPath + properties.soap().path();
        FilterRegistrationBean<SoapCallerFilter> registration = new FilterRegistrationBean<>(new SoapCallerFilter());
        registration.addUrlPatterns(path, path + "/*");
        // After Spring Security, before the fault knobs: an unauthorised caller never sees an injected fault.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }
}
