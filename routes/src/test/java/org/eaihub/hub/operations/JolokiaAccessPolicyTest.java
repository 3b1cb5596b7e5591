package org.eaihub.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import javax.management.ObjectName;

import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.RequestType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hub's Jolokia policy (jolokia-access.xml), as {@link HubJolokiaRestrictor} applies it. */
class JolokiaAccessPolicyTest {

    private static Restrictor policy;

    @BeforeAll
    static void readPolicy() {
        policy = new HubJolokiaRestrictor();
    }

    private static ObjectName name(String name) throws Exception {
        return new ObjectName(name);
    }

    @Test
    void readsAreAllowedAndWritesAreNot() throws Exception {
        assertThat(policy.isTypeAllowed(RequestType.READ)).isTrue();
        assertThat(policy.isTypeAllowed(RequestType.LIST)).isTrue();
        assertThat(policy.isTypeAllowed(RequestType.SEARCH)).isTrue();
        assertThat(policy.isTypeAllowed(RequestType.WRITE)).isFalse();
        assertThat(policy.isTypeAllowed(RequestType.EXEC)).as("exec, as far as <allow> goes").isTrue();
        assertThat(policy.isAttributeWriteAllowed(name("java.lang:type=Memory"), "Verbose")).isFalse();
        assertThat(policy.isAttributeReadAllowed(name("org.apache.camel:context=hub,type=routes,name=\"r\""),
                "State")).isTrue();
    }

    @Test
    void theHubsRoutesCanBeControlledWithOrWithoutASignature() throws Exception {
        ObjectName route = name("org.apache.camel:context=hub,type=routes,name=\"customer-requests\"");
        for (String operation : new String[] {"suspend", "suspend()", "resume()", "start()", "stop()", "stop(long)"}) {
            assertThat(policy.isOperationAllowed(route, operation)).as(operation).isTrue();
        }
    }

    @Test
    void nothingElseCanBeExecuted() throws Exception {
        assertThat(policy.isOperationAllowed(name("org.apache.camel:context=crm,type=routes,name=\"x\""), "stop()"))
                .as("another application's route").isFalse();
        assertThat(policy.isOperationAllowed(name("org.apache.camel:context=hub,type=endpoints,name=\"x\""),
                "browseAllMessagesAsXml(java.lang.Boolean)")).as("browsing message bodies").isFalse();
        assertThat(policy.isOperationAllowed(name("com.sun.management:type=HotSpotDiagnostic"), "dumpHeap"))
                .isFalse();
        assertThat(policy.isOperationAllowed(name("org.apache.activemq.artemis:broker=\"b\""), "deleteAddress"))
                .isFalse();
        assertThat(policy.isOperationAllowed(name("java.lang:type=Memory"), "gc")).isFalse();
        assertThat(policy.isOperationAllowed(name("org.apache.camel:context=hub,type=routes,name=\"r\""),
                "remove()")).as("an unlisted operation of a listed MBean").isFalse();
    }
}
