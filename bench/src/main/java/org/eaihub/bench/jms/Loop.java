package org.eaihub.bench.jms;

/** What a {@link Worker} repeats on its thread: a producer, the raw relay, a drain. */
interface Loop {
    /** One step; returns false when the loop is done. */
    boolean step() throws Exception;

    default void close() throws Exception {
    }
}
