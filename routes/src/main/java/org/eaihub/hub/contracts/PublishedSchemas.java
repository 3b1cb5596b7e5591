package org.eaihub.hub.contracts;

import org.eaihub.canonical.MessageTypes;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the canonical model's published schemas, as the canonical-model module ships them, under
 * {@code /schemas/}: {@code index.json}, {@code canonical.xsd} and {@code json/<MessageType>.schema.json}.
 * They are contracts for outside teams and answer without credentials.
 */
@Configuration(proxyBeanMethods = false)
public class PublishedSchemas implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/schemas/**").addResourceLocations("classpath:/" + MessageTypes.SCHEMA_RESOURCE_ROOT);
    }
}
