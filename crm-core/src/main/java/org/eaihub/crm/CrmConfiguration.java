package org.eaihub.crm;

import java.time.Clock;

import org.eaihub.canonical.CanonicalCodec;
import org.eaihub.crm.access.StaffProperties;
import org.eaihub.crm.quality.MatchRules;
import org.eaihub.crm.quality.MatchingProperties;
import org.eaihub.crm.quality.Normalizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MatchingProperties.class, StaffProperties.class})
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
public class CrmConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public CanonicalCodec canonicalCodec() {
        return new CanonicalCodec();
    }

    @Bean
    public Normalizer normalizer(MatchingProperties properties) {
        return new Normalizer(properties.defaultRegion());
    }

    @Bean
    public MatchRules matchRules(MatchingProperties properties) {
        return new MatchRules(properties.rules());
    }
}
