package org.eaihub.hub.health;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eaihub.hub.backend.BackendTls;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the hub's health endpoint the landscape's aggregate health: besides its own database, broker (jms)
 * and Kafka, it reports every integrated system under {@code systems}.
 */
@Configuration(proxyBeanMethods = false)
public class LandscapeHealthConfiguration {

    /** Whom the clients of the CRM, ERP and SCM trust over https (see {@link BackendTls}). */
    @Bean
    public BackendTls backendTls(SslBundles bundles) {
        return BackendTls.from(bundles);
    }

    @Bean
    public CompositeHealthContributor systemsHealthContributor(LandscapeSystems systems, ObjectMapper mapper,
            BackendTls tls) {
        HttpClient client = tls.httpClient(Duration.ofSeconds(2));
        Map<String, HealthContributor> contributors = new LinkedHashMap<>();
        systems.systems().forEach((name, uri) ->
                contributors.put(name, new RemoteSystemHealthIndicator(uri, client, mapper)));
        return CompositeHealthContributor.fromMap(contributors);
    }
}
