package org.eaihub.bench.jms;

import java.util.BitSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Which numbered messages of the current trial reached the drain, and when the last new one did. */
final class Arrivals {
    private final int trial;
    private final int expected;
    private final BitSet seen;
    private final CountDownLatch complete = new CountDownLatch(1);
    private int distinct;
    private int duplicates;
    private long lastArrival;

    Arrivals(int trial, int expected) {
        this.trial = trial;
        this.expected = expected;
        this.seen = new BitSet(expected);
    }

    synchronized void arrived(int messageTrial, int sequence) {
        if (messageTrial != trial) {
            throw new IllegalStateException("A message of trial " + messageTrial + " arrived in trial " + trial);
        }
        if (seen.get(sequence)) {
            duplicates++;
            return;
        }
        seen.set(sequence);
        distinct++;
        if (distinct == expected) {
            lastArrival = System.nanoTime();
            complete.countDown();
        }
    }

    boolean await(long time, TimeUnit unit) throws InterruptedException {
        return complete.await(time, unit);
    }

    int expected() {
        return expected;
    }

    synchronized int distinct() {
        return distinct;
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized long lastArrival() {
        return lastArrival;
    }
}
