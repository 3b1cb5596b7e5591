package org.eaihub.erp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * The ERP stub: an SAP-like ERP stand-in that speaks its own SOAP vocabulary. Its defaults
 * ({@code org/eaihub/erp/erp-defaults.properties}) rank below every configuration file, so {@code erp.yml},
 * the environment or an argument can override any of them.
 */
@SpringBootApplication
@PropertySource("classpath:org/eaihub/erp/erp-defaults.properties")
public class ErpApplication {

    /** Configuration files read by this application, from the {@code config} module. */
    public static final String CONFIG_NAME = "application,erp";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ErpApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME,
                "spring.profiles.default", "embedded"));
        application.run(args);
    }
}
