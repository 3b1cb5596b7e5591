package org.eaihub.hub.gateway;

import org.apache.camel.ProducerTemplate;
import org.apache.cxf.Bus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.hub.customer.CustomerRequestService;
import org.eaihub.hub.customer360.Customer360Service;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The synchronous entry points: REST {@code /api/messages} and SOAP {@code /services/canonical}. */
@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    @Bean
    public CanonicalGateway canonicalGateway(CanonicalCodec codec, CustomerRequestService customers,
            Customer360Service customer360, ProducerTemplate producer) {
        return new CanonicalGateway(codec, customers, customer360, producer);
    }

    @Bean
    public EndpointImpl canonicalSoapEndpoint(Bus bus, CanonicalGateway gateway) {
        EndpointImpl endpoint = new EndpointImpl(bus, new CanonicalSoapGateway(gateway));
        endpoint.publish("/canonical");
        return endpoint;
    }
}
