package org.eaihub.hub;

import org.eaihub.canonical.CanonicalCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class HubConfiguration {

    /** One codec for the whole hub: its mappers are thread-safe and costly to build. */
    @Bean
    public CanonicalCodec canonicalCodec() {
        return new CanonicalCodec();
    }
}
