package org.eaihub.hub.health;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the hub's health endpoint the landscape's aggregate health: besides its own database, broker (jms)
 * and Kafka, it reports every integrated system under {@code systems}.
 */
@Configuration(proxyBeanMethods = false)
public class LandscapeHealthConfiguration {

    @Bean
    public CompositeHealthContributor systemsHealthContributor(LandscapeSystems systems, ObjectMapper mapper) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<String, HealthContributor> contributors = new LinkedHashMap<>();
        systems.systems().forEach((name, uri) ->
                contributors.put(name, new RemoteSystemHealthIndicator(uri, client, mapper)));
        return CompositeHealthContributor.fromMap(contributors);
    }
}
