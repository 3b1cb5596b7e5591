package org.eaihub.bench.emptyapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * R_boot's baseline: a Spring Boot web application with nothing in it but Actuator's health endpoint, started from the
 * bench's jar ({@code -Dloader.main=org.eaihub.bench.emptyapp.EmptyWebApplication} with Spring Boot's
 * PropertiesLauncher) with the same JVM options as the landscape. It sits in a package of its own so that component
 * scanning finds nothing else.
 */
@SpringBootApplication
public class EmptyWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmptyWebApplication.class, args);
    }
}
