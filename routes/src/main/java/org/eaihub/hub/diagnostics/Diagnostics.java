package org.eaihub.hub.diagnostics;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;

/**
 * A connectivity check for SOAP clients: answers with the hub's name and the correlation id the call carried
 * (or the one the hub gave it), so a client can see its credentials and headers arrive.
 */
@WebService(name = "Diagnostics", targetNamespace = Diagnostics.NAMESPACE)
public interface Diagnostics {

    String NAMESPACE = "urn:eaihub:hub:diagnostics:1";

    @WebMethod
    @WebResult(name = "reply", targetNamespace = NAMESPACE)
    PingReply ping(@WebParam(name = "echo", targetNamespace = NAMESPACE) String echo);
}
