package org.eaihub.hub.order;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;

/**
 * Order Watch over SOAP ({@code /services/order-tracking}): an order's status and the history of its steps.
 * An unknown order is a {@code Client} fault naming the order number.
 */
@WebService(name = "OrderTracking", targetNamespace = OrderTracking.NAMESPACE)
public interface OrderTracking {

    String NAMESPACE = "urn:eaihub:hub:order-tracking:1";

    @WebMethod
    @WebResult(name = "order", targetNamespace = NAMESPACE)
    OrderTrackingView track(@WebParam(name = "orderNumber", targetNamespace = NAMESPACE) String orderNumber);
}
