package org.eaihub.hub.backend;

/** The backend answered and refused the request: retrying the same message will not help by itself. */
public class BusinessFaultException extends RuntimeException {

    public BusinessFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
