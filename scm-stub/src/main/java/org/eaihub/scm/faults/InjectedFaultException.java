package org.eaihub.scm.faults;

/** A processing failure the error-rate knob made on purpose. */
public class InjectedFaultException extends RuntimeException {

    public InjectedFaultException(double errorRate) {
        super("Injected processing failure (error rate " + errorRate + ")");
    }
}
