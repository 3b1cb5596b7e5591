package org.eaihub.erp;

import java.time.Clock;

import org.eaihub.erp.common.ErpCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ERP's settings and its calendar (the company's time zone). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ErpProperties.class)
public class ErpConfiguration {

    @Bean
    public ErpCalendar erpCalendar(ErpProperties properties) {
        return new ErpCalendar(Clock.system(properties.timeZone()));
    }
}
