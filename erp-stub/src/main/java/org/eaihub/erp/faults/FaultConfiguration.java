package org.eaihub.erp.faults;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.eaihub.config.outbox.OutboxRelay;
import org.eaihub.erp.ErpProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jmx.export.MBeanExporter;
import org.springframework.jmx.export.annotation.AnnotationJmxAttributeSource;
import org.springframework.jmx.export.assembler.MetadataMBeanInfoAssembler;
import org.springframework.jmx.support.RegistrationPolicy;

/**
 * The fault knobs: their state, the outage, the servlet filter in front of the SOAP service, and their JMX
 * export. The MBean is exported here rather than by Spring Boot's JMX support, which is off by default.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FaultSettings.class)
public class FaultConfiguration {

    @Bean
    public ErpOutage erpOutage(WebServerApplicationContext context, ObjectProvider<OutboxRelay> relay) {
        return new ErpOutage(context::getWebServer, relay, Clock.systemUTC());
    }

    @Bean
    public FaultKnobs faultKnobs(FaultSettings settings, ErpOutage outage) {
        return new FaultKnobs(settings, outage);
    }

    @Bean
    public FilterRegistrationBean<FaultInjectionFilter> faultInjectionFilter(FaultKnobs knobs,
            ObjectProvider<MeterRegistry> meters, ErpProperties properties,
            @Value("${cxf.path:/services}") String cxfPath) {
        String path = cxfPath + properties.soap().path();
        FilterRegistrationBean<FaultInjectionFilter> registration = new FilterRegistrationBean<>(
                new FaultInjectionFilter(knobs, meters));
        registration.addUrlPatterns(path, path + "/*");
        // After Spring Security and the caller check: a refused caller never sees an injected fault.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** @param objectName {@value FaultKnobs#OBJECT_NAME}, unless a second ERP in the same JVM needs another */
    @Bean
    public MBeanExporter faultKnobsMBeanExporter(FaultKnobs knobs,
            @Value("${eaihub.erp.faults.jmx-object-name:" + FaultKnobs.OBJECT_NAME + "}") String objectName) {
        MBeanExporter exporter = new MBeanExporter();
        exporter.setServer(ManagementFactory.getPlatformMBeanServer());
        exporter.setAssembler(new MetadataMBeanInfoAssembler(new AnnotationJmxAttributeSource()));
        exporter.setBeans(Map.of(objectName, knobs));
        exporter.setRegistrationPolicy(RegistrationPolicy.REPLACE_EXISTING);
        return exporter;
    }

    /** {@code eaihub.erp.faults.outage=true}: the ERP starts in an outage, once its port is open. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> outageOnStart(FaultSettings settings, ErpOutage outage) {
        return event -> outage.beginIfConfigured(settings);
    }
}
