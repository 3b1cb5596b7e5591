package org.eaihub.scm;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a step (a log line, mostly) only once the current transaction committed, with the logging context it
 * was registered in: a rolled-back attempt must not log "reserved" for something that never happened.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            step.run();
            return;
        }
        Map<String, String> context = MDC.getCopyOfContextMap();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Map<String, String> current = MDC.getCopyOfContextMap();
                try {
                    if (context != null) {
                        MDC.setContextMap(context);
                    }
                    step.run();
                } finally {
                    if (current != null) {
                        MDC.setContextMap(current);
                    } else {
                        MDC.clear();
                    }
                }
            }
        });
    }
}
