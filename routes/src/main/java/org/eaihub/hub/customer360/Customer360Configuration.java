package org.eaihub.hub.customer360;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eaihub.hub.backend.CrmClient;
import org.eaihub.hub.backend.ErpGateway;
import org.eaihub.hub.backend.ScmClient;
import org.eaihub.hub.health.LandscapeSystems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Customer 360: the SCM's read client, the pool the systems are asked on, and the service. */
@Configuration(proxyBeanMethods = false)
public class Customer360Configuration {

    @Bean
    public Customer360Settings customer360Settings(
            @Value("${eaihub.hub.customer360.timeout.crm:5s}") Duration crm,
            @Value("${eaihub.hub.customer360.timeout.erp:3s}") Duration erp,
            @Value("${eaihub.hub.customer360.timeout.scm:3s}") Duration scm) {
        return new Customer360Settings(crm, erp, scm);
    }

    @Bean
    public ScmClient scmClient(LandscapeSystems systems, @Value("${eaihub.credentials.hub}") String password) {
        return new ScmClient(systems.systems().get("scm"), "hub", password,
                Duration.ofSeconds(15));
    }

    /**
     * Bounded: a slow backend holds a thread until its client's read timeout even after the answer went out without
     * it, so a burst against a slow system must not grow threads without end; a refused task counts as that system
     * being unavailable.
     */
    @Bean(destroyMethod = "shutdownNow")
    public ThreadPoolExecutor customer360Executor(@Value("${eaihub.hub.customer360.threads:16}") int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 8), r -> {
                    Thread thread = new Thread(r, "customer360-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Bean
    public Customer360Service customer360Service(CrmClient crm, ErpGateway erp, ScmClient scm,
            Customer360Settings settings, ThreadPoolExecutor customer360Executor) {
        return new Customer360Service(crm, erp, scm, settings, customer360Executor, Clock.systemUTC());
    }
}
