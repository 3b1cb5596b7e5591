package org.eaihub.erp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ERP stub: an SAP-like ERP stand-in that speaks its own SOAP vocabulary. */
@SpringBootApplication
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
