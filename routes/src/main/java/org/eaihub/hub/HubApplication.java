package org.eaihub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The hub: Camel routes that carry customer, order and inventory messages between the CRM, ERP and SCM. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    /** Configuration files read by this application, from the {@code config} module. */
    public static final String CONFIG_NAME = "application,hub";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HubApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME,
                "spring.profiles.default", "embedded"));
        application.run(args);
    }
}
