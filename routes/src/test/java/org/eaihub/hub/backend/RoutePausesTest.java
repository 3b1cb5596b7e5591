package org.eaihub.hub.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RoutePausesTest {

    private final List<String> calls = new ArrayList<>();
    private final RoutePauses pauses = new RoutePauses(new RoutePauses.Control() {
        @Override
        public void suspend(String routeId) {
            calls.add("suspend " + routeId);
        }

        @Override
        public void resume(String routeId) {
            calls.add("resume " + routeId);
        }

        @Override
        public void stop(String routeId) {
            calls.add("stop " + routeId);
        }

        @Override
        public void start(String routeId) {
            calls.add("start " + routeId);
        }
    });

    @Test
    void aRouteHeldByTwoBackendsResumesOnlyWhenBothReleasedIt() throws Exception {
        pauses.hold("erp", List.of("sync"));
        pauses.hold("crm", List.of("sync", "notifications"));
        pauses.release("erp", List.of("sync"));

        assertThat(calls).containsExactly("suspend sync", "suspend notifications");
        assertThat(pauses.holders("sync")).containsExactly("crm");

        pauses.release("crm", List.of("sync", "notifications"));

        assertThat(calls).containsExactly("suspend sync", "suspend notifications", "resume sync",
                "resume notifications");
        assertThat(pauses.holders("sync")).isEmpty();
    }

    @Test
    void aReleaseWithoutAHoldResumesNothing() throws Exception {
        pauses.release("erp", List.of("sync"));
        pauses.hold("erp", List.of("sync"));
        pauses.hold("erp", List.of("sync"));
        pauses.release("erp", List.of("sync"));

        assertThat(calls).containsExactly("suspend sync", "resume sync");
    }

    @Test
    void anOperatorsSuspensionOutlastsACircuitClosing() throws Exception {
        pauses.hold("erp", List.of("sync"));
        pauses.operatorSuspend("sync");
        pauses.release("erp", List.of("sync"));

        assertThat(calls).containsExactly("suspend sync");
        assertThat(pauses.holders("sync")).containsExactly(RoutePauses.OPERATOR);

        assertThat(pauses.operatorResume("sync")).isEmpty();
        assertThat(calls).containsExactly("suspend sync", "resume sync");
    }

    @Test
    void anOperatorsResumeDoesNotOverrideAnOpenCircuit() throws Exception {
        pauses.operatorSuspend("sync");
        pauses.hold("crm", List.of("sync"));

        assertThat(pauses.operatorResume("sync")).containsExactly("crm");
        assertThat(calls).containsExactly("suspend sync");

        pauses.release("crm", List.of("sync"));
        assertThat(calls).containsExactly("suspend sync", "resume sync");
    }

    @Test
    void aStoppedRouteStaysStoppedUntilTheOperatorStartsIt() throws Exception {
        pauses.hold("erp", List.of("sync"));
        pauses.operatorStop("sync");
        pauses.release("erp", List.of("sync"));
        pauses.hold("erp", List.of("sync"));

        assertThat(calls).containsExactly("suspend sync", "stop sync");
        assertThatThrownBy(() -> pauses.operatorResume("sync")).isInstanceOf(RoutePauses.NotNow.class);
        assertThatThrownBy(() -> pauses.operatorSuspend("sync")).isInstanceOf(RoutePauses.NotNow.class);

        assertThat(pauses.operatorStart("sync")).as("the ERP's circuit is still open").containsExactly("erp");
        assertThat(calls).as("not started while its backend is down").containsExactly("suspend sync", "stop sync");

        pauses.release("erp", List.of("sync"));
        assertThat(calls).containsExactly("suspend sync", "stop sync", "resume sync");
    }

    @Test
    void aRouteThatFailsToResumeLeavesTheOthersRunningAndTheFailureIsReported() throws Exception {
        List<String> resumed = new ArrayList<>();
        RoutePauses flaky = new RoutePauses(new RoutePauses.Control() {
            @Override
            public void suspend(String routeId) {
            }

            @Override
            public void resume(String routeId) {
                if (routeId.equals("broken")) {
                    throw new IllegalStateException("cannot resume " + routeId);
                }
                resumed.add(routeId);
            }
        });
        flaky.hold("crm", List.of("a", "broken", "b"));

        assertThatThrownBy(() -> flaky.release("crm", List.of("a", "broken", "b")))
                .hasMessageContaining("cannot resume broken");

        assertThat(resumed).containsExactly("a", "b");
        assertThat(flaky.holders("broken")).isEmpty();
    }
}
