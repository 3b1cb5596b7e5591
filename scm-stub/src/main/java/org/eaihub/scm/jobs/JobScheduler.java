package org.eaihub.scm.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eaihub.scm.ScmProperties;
import org.eaihub.scm.faults.Outage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ScmJob} at its fixed delay on two threads of its own. Threads are never interrupted (an
 * interrupt in the middle of H2 file I/O closes the database): stopping waits for the running pass to end.
 */
@Component
public class JobScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final List<ScmJob> jobs;
    private final Outage outage;
    private final Duration pollInterval;
    private volatile ScheduledExecutorService executor;

    public JobScheduler(List<ScmJob> jobs, Outage outage, ScmProperties properties) {
        this.jobs = jobs;
        this.outage = outage;
        this.pollInterval = properties.jobs().pollInterval();
    }

    @Override
    public synchronized void start() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "scm-jobs-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (ScmJob job : jobs) {
            long delay = (job.interval() != null ? job.interval() : pollInterval).toMillis();
            executor.scheduleWithFixedDelay(() -> runOnce(job), delay, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void runOnce(ScmJob job) {
        if (outage.active()) {
            return;
        }
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.warn("Job {} failed, next pass in a moment: {}", job.name(), e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(15, TimeUnit.SECONDS)) {
                    LOG.warn("Jobs still running after 15 s at shutdown");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops after the command consumers, starts before them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
