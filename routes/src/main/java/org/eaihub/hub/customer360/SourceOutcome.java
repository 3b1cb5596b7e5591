package org.eaihub.hub.customer360;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

import org.eaihub.canonical.common.Reason;
import org.eaihub.canonical.common.SystemCode;
import org.eaihub.canonical.customer.SourceAvailability;
import org.eaihub.canonical.customer.SourceStatus;
import org.eaihub.hub.backend.BackendUnavailableException;

/**
 * One system's part of a customer 360: what it answered and when, or why it did not. The reason's text is fixed per
 * kind and never echoes the backend's message, which may quote customer data.
 *
 * @param <T> what the system contributes
 */
public record SourceOutcome<T>(SystemCode system, T value, SourceStatus status) {

    public static final String TIMEOUT = "TIMEOUT";
    public static final String UNREACHABLE = "UNREACHABLE";
    public static final String ERROR = "ERROR";
    public static final String NO_CROSS_REFERENCE = "NO_CROSS_REFERENCE";

    public static <T> SourceOutcome<T> answered(SystemCode system, T value, Instant asOf) {
        return new SourceOutcome<>(system, value, new SourceStatus(system, SourceAvailability.ANSWERED, asOf, null));
    }

    public static <T> SourceOutcome<T> timedOut(SystemCode system, Duration timeout) {
        return missing(system, SourceAvailability.TIMED_OUT, TIMEOUT, "no answer within " + timeout);
    }

    public static <T> SourceOutcome<T> unreachable(SystemCode system) {
        return missing(system, SourceAvailability.UNAVAILABLE, UNREACHABLE, system + " could not be reached");
    }

    public static <T> SourceOutcome<T> error(SystemCode system) {
        return missing(system, SourceAvailability.UNAVAILABLE, ERROR, system + " answered with an error");
    }

    public static <T> SourceOutcome<T> noCrossReference(SystemCode system) {
        return missing(system, SourceAvailability.UNAVAILABLE, NO_CROSS_REFERENCE,
                "the CRM holds no " + system + " id for this customer");
    }

    /** What became of a call that failed: a timeout, an unreachable system, or any other error. */
    public static <T> SourceOutcome<T> failed(SystemCode system, Throwable failure, Duration timeout) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TimeoutException) {
            return timedOut(system, timeout);
        }
        if (cause instanceof BackendUnavailableException || cause instanceof RejectedExecutionException) {
            return unreachable(system);
        }
        return error(system);
    }

    public boolean answered() {
        return status.availability() == SourceAvailability.ANSWERED;
    }

    public String reasonCode() {
        return status.reason() == null ? null : status.reason().code();
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static <T> SourceOutcome<T> missing(SystemCode system, SourceAvailability availability, String code,
            String description) {
        return new SourceOutcome<>(system, null, new SourceStatus(system, availability, null,
                new Reason(code, description)));
    }
}
