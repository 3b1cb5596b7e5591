package org.eaihub.hub.customer360;

import org.eaihub.canonical.customer.SourceStatus;
import org.eaihub.hub.backend.BackendUnavailableException;
import org.eaihub.hub.backend.CrmClient;

/** No customer 360: the CRM, which holds the profile and the keys to the other systems, did not answer. */
public class CrmUnavailableException extends BackendUnavailableException {

    private final transient SourceStatus status;

    public CrmUnavailableException(SourceStatus status, Throwable cause) {
        super(CrmClient.BACKEND, cause);
        this.status = status;
    }

    /** The CRM's source status: TIMED_OUT or UNAVAILABLE, with the reason. */
    public SourceStatus status() {
        return status;
    }
}
