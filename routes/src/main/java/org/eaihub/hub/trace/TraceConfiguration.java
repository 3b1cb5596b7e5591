package org.eaihub.hub.trace;

import java.lang.management.ManagementFactory;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
public class TraceConfiguration {

    @Bean
    public TraceStore traceStore(DataSource dataSource, @Value("${eaihub.hub.trace.buffer:20000}") int capacity) {
        return new TraceStore(new JdbcTemplate(dataSource), ManagementFactory.getRuntimeMXBean().getName(), capacity);
    }

    @Bean
    public TraceNotifier traceNotifier(TraceStore store) {
        return new TraceNotifier(store);
    }
}
