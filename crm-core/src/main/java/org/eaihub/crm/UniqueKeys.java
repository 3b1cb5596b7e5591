package org.eaihub.crm;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Idempotency through unique keys in the database: two calls that store the same thing at the same moment both
 * look first, find nothing and insert; the constraint refuses the second, which, tried once more, finds what the
 * first stored.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Runs the attempt (which looks before it inserts, in a transaction of its own), once more if it lost a race. */
    public static <T> T retryOnRace(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (DataIntegrityViolationException raced) {
            return attempt.get();
        }
    }
}
