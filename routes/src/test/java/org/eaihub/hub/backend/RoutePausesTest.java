package org.eaihub.hub.backend;

import static org.assertj.core.api.Assertions.assertThat;

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
}
