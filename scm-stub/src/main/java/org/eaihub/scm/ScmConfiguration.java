package org.eaihub.scm;

import java.time.Clock;

import org.eaihub.scm.contract.ContractSchemas;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The SCM's clock, its settings, and its published contract under {@code /schemas/scm/} (no login needed). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScmProperties.class)
public class ScmConfiguration implements WebMvcConfigurer {

    /** UTC wall clock; tests replace it to move time. */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/schemas/scm/**").addResourceLocations("classpath:/" + ContractSchemas.LOCATION);
    }
}
