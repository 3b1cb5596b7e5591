package org.eaihub.hub.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.management.ObjectName;

import org.jolokia.server.core.restrictor.policy.PolicyRestrictor;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;

/**
 * Jolokia's policy (classpath {@code jolokia-access.xml}) with exec as an allow-list. Jolokia refuses a command type
 * not listed in {@code <commands>} before it looks at the MBean, and for a listed type it applies only {@code <deny>},
 * so a listed exec could be narrowed only by naming everything to refuse. Here exec is left out of {@code <commands>}
 * and this restrictor lets it through the type check only: the policy's MBean check then applies {@code <allow>}, and
 * only the operations it names run — of the hub's own Camel context only (in the embedded landscape the other
 * applications' MBeans share the JVM). Set by {@code management.endpoint.jolokia.config.restrictorClass}.
 */
public class HubJolokiaRestrictor implements Restrictor {

    private static final String CAMEL_DOMAIN = "org.apache.camel";
    /** The hub's Camel context ({@code camel.main.name} is the system's name). */
    private static final String HUB_CONTEXT = "hub";

    private final PolicyRestrictor policy;

    public HubJolokiaRestrictor() {
        try (InputStream in = HubJolokiaRestrictor.class.getResourceAsStream("/jolokia-access.xml")) {
            if (in == null) {
                throw new IOException("jolokia-access.xml is not on the classpath");
            }
            policy = new PolicyRestrictor(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return type == RequestType.EXEC || policy.isTypeAllowed(type);
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        boolean otherCamel = CAMEL_DOMAIN.equals(name.getDomain())
                && !HUB_CONTEXT.equals(name.getKeyProperty("context"));
        return !otherCamel && policy.isOperationAllowed(name, operation);
    }

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return policy.isHttpMethodAllowed(method);
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return policy.isAttributeReadAllowed(name, attribute);
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        return policy.isAttributeWriteAllowed(name, attribute);
    }

    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        return policy.isRemoteAccessAllowed(hostOrAddress);
    }

    @Override
    public boolean isOriginAllowed(String origin, boolean strictCheck) {
        return policy.isOriginAllowed(origin, strictCheck);
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return policy.isObjectNameHidden(name);
    }

    @Override
    public boolean ignoreScheme() {
        return policy.ignoreScheme();
    }
}
