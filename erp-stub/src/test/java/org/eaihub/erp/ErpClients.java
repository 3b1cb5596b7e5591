package org.eaihub.erp;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.eaihub.erp.soap.api.ErpPortType;
import org.eaihub.erp.soap.api.ErpService;

/** JAX-WS clients of the ERP, built as any client would: from the WSDL the running service publishes. */
public final class ErpClients {

    private static final Map<String, ErpPortType> CACHED = new ConcurrentHashMap<>();

    private final int port;

    private ErpClients(int port) {
        this.port = port;
    }

    public static ErpClients on(int port) {
        return new ErpClients(port);
    }

    public URI base() {
        return URI.create("http://localhost:" + port);
    }

    public URL wsdl() {
        try {
            return base().resolve("/services/erp?wsdl").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client for the user, built once per port and user. */
    public ErpPortType port(String user) {
        return CACHED.computeIfAbsent(port + "/" + user, key -> fresh(user));
    }

    /** Drops the cached clients (and their kept-alive connections), e.g. after the port was closed. */
    public static void forgetCached() {
        CACHED.clear();
    }

    /** True if the failure, or one of its causes, is a client giving up waiting for an answer. */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A new client for the user (null: without credentials). */
    public ErpPortType fresh(String user) {
        ErpPortType client = new ErpService(wsdl()).getErpPort();
        if (user != null) {
            Map<String, Object> context = ((BindingProvider) client).getRequestContext();
            context.put(BindingProvider.USERNAME_PROPERTY, user);
            context.put(BindingProvider.PASSWORD_PROPERTY, TestEnvironment.password(user));
        }
        return client;
    }

    /** A new client for the user that gives up waiting for an answer after the given time. */
    public ErpPortType impatient(String user, long receiveTimeoutMs) {
        ErpPortType client = fresh(user);
        Client cxf = ClientProxy.getClient(client);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setReceiveTimeout(receiveTimeoutMs);
        policy.setConnectionTimeout(5_000);
        ((HTTPConduit) cxf.getConduit()).setClient(policy);
        return client;
    }
}
