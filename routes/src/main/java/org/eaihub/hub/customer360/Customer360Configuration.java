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
import org.springframework.beans.factory.annotation.Qualifier;
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

    /** Its read timeout is the SCM's customer-360 timeout: a call cut off by it frees its thread at once. */
    @Bean
    public ScmClient scmClient(LandscapeSystems systems, @Value("${eaihub.credentials.hub}") String password,
            Customer360Settings settings, org.eaihub.hub.backend.BackendTls tls) {
        return new ScmClient(systems.systems().get("scm"), "hub", password, settings.scmTimeout(), tls);
    }

    /**
     * One bounded pool per system ({@code eaihub.hub.customer360.threads} each): a slow backend holds a thread until
     * its client's read timeout even after the answer went out without it, so a burst against a slow system must not
     * grow threads without end, nor take the other systems' threads; a refused task counts as that system being
     * unavailable.
     */
    @Bean(destroyMethod = "shutdownNow")
    public ThreadPoolExecutor customer360CrmExecutor(@Value("${eaihub.hub.customer360.threads:16}") int threads) {
        return pool("customer360-crm-", threads);
    }

    @Bean(destroyMethod = "shutdownNow")
    public ThreadPoolExecutor customer360ErpExecutor(@Value("${eaihub.hub.customer360.threads:16}") int threads) {
        return pool("customer360-erp-", threads);
    }

    @Bean(destroyMethod = "shutdownNow")
    public ThreadPoolExecutor customer360ScmExecutor(@Value("${eaihub.hub.customer360.threads:16}") int threads) {
        return pool("customer360-scm-", threads);
    }

    private static ThreadPoolExecutor pool(String prefix, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 8), r -> {
                    Thread thread = new Thread(r, prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Bean
    public Customer360Service customer360Service(CrmClient crm, ErpGateway erp, ScmClient scm,
            Customer360Settings settings, @Qualifier("customer360CrmExecutor") ThreadPoolExecutor crmPool,
            @Qualifier("customer360ErpExecutor") ThreadPoolExecutor erpPool,
            @Qualifier("customer360ScmExecutor") ThreadPoolExecutor scmPool) {
        return new Customer360Service(crm, erp, scm, settings, crmPool, erpPool, scmPool, Clock.systemUTC());
    }
}
