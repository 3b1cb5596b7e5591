package org.eaihub.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The CRM core: the front office's customer master, fed from every channel and shared with the ERP and SCM through the hub. */
@SpringBootApplication
public class CrmApplication {

    /** Configuration files read by this application, from the {@code config} module. */
    public static final String CONFIG_NAME = "application,crm";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CrmApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME,
                "spring.profiles.default", "embedded"));
        application.run(args);
    }
}
