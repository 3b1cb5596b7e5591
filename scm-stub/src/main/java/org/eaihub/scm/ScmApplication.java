package org.eaihub.scm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The SCM stub: a supply-chain and warehouse stand-in that speaks Kafka. */
@SpringBootApplication
public class ScmApplication {

    /** Configuration files read by this application, from the {@code config} module. */
    public static final String CONFIG_NAME = "application,scm";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ScmApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME,
                "spring.profiles.default", "embedded"));
        application.run(args);
    }
}
