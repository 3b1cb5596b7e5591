package org.eaihub.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@AutoConfiguration
@EnableConfigurationProperties(EaiHubProperties.class)
public class EaiHubAutoConfiguration {
}
