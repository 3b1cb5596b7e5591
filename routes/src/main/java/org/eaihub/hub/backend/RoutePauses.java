package org.eaihub.hub.backend;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of this instance's routes are paused, and for which backends. A route that needs two backends (the CRM and
 * the ERP) is paused while either circuit is open and resumes only when both are closed again; without this, the
 * first circuit to close would resume a route the other still holds. This is the state of this instance's own
 * consumers, not shared state: each hub instance pauses its own routes.
 */
public class RoutePauses {

    /** What pausing and resuming a route does (Camel's route controller, in the hub). */
    public interface Control {
        void suspend(String routeId) throws Exception;

        void resume(String routeId) throws Exception;
    }

    private final Control control;
    private final Map<String, Set<String>> heldBy = new HashMap<>();

    public RoutePauses(Control control) {
        this.control = control;
    }

    /** Holds the routes for the backend; suspends those no other backend held yet. */
    public synchronized void hold(String backend, List<String> routeIds) throws Exception {
        for (String routeId : routeIds) {
            Set<String> holders = heldBy.computeIfAbsent(routeId, r -> new HashSet<>());
            if (holders.isEmpty()) {
                control.suspend(routeId);
            }
            holders.add(backend);
        }
    }

    /** Releases the backend's hold; resumes the routes no other backend holds. */
    public synchronized void release(String backend, List<String> routeIds) throws Exception {
        for (String routeId : routeIds) {
            Set<String> holders = heldBy.getOrDefault(routeId, new HashSet<>());
            if (holders.remove(backend) && holders.isEmpty()) {
                control.resume(routeId);
            }
        }
    }

    /** The backends holding the route (empty when it runs). */
    public synchronized Set<String> holders(String routeId) {
        return Set.copyOf(heldBy.getOrDefault(routeId, Set.of()));
    }
}
