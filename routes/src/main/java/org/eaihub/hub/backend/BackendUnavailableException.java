package org.eaihub.hub.backend;

/** The backend could not be reached or did not answer in time: try again later, never dead-letter for this. */
public class BackendUnavailableException extends RuntimeException {

    private final String backend;

    public BackendUnavailableException(String backend, Throwable cause) {
        super(backend + " is unavailable: " + cause.getClass().getSimpleName(), cause);
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }
}
