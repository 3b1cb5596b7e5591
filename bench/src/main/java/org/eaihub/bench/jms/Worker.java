package org.eaihub.bench.jms;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link Loop} on its own daemon thread, stopped on request, keeping its failure for the caller. */
final class Worker {
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopped;

    private Worker(String name, Loop loop) {
        this.thread = new Thread(() -> {
            try {
                while (!stopped && loop.step()) {
                    // next step
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                try {
                    loop.close();
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }
        }, "bench-" + name);
        thread.setDaemon(true);
    }

    static Worker start(String name, Loop loop) {
        Worker worker = new Worker(name, loop);
        worker.thread.start();
        return worker;
    }

    void stop() {
        stopped = true;
    }

    void join() throws Exception {
        thread.join();
        rethrow();
    }

    void joinQuietly() {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void rethrow() throws Exception {
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
