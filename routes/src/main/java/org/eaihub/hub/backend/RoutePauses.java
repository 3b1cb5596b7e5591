package org.eaihub.hub.backend;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of this instance's routes are paused, and by whom: by backends (their circuits) or by an operator. A route
 * that needs two backends (the CRM and the ERP) is paused while either circuit is open and resumes only when both
 * are closed again; without this, the first circuit to close would resume a route the other still holds. An
 * operator's suspension or stop is one more hold, {@link #OPERATOR}: a circuit closing never undoes it, only the
 * operator's resume or start does; and an operator's resume does not override an open circuit (the route then
 * resumes when the circuit closes). This is the state of this instance's own consumers, not shared state: each hub
 * instance pauses its own routes, and an operator's hold lasts until this instance restarts.
 */
public class RoutePauses {

    /** The holder name of an operator's suspension or stop. */
    public static final String OPERATOR = "operator";

    /**
     * What pausing and resuming a route does (Camel's route controller, in the hub). {@code resume} is called only
     * when no one holds the route any more; it resumes a suspended route and starts a stopped one.
     */
    public interface Control {
        void suspend(String routeId) throws Exception;

        void resume(String routeId) throws Exception;

        default void stop(String routeId) throws Exception {
            throw new UnsupportedOperationException("stop");
        }

        default void start(String routeId) throws Exception {
            throw new UnsupportedOperationException("start");
        }
    }

    /** An operator asked for something the route's state does not allow (e.g. resume a stopped route). */
    public static class NotNow extends IllegalStateException {
        public NotNow(String message) {
            super(message);
        }
    }

    private final Control control;
    private final Map<String, Set<String>> heldBy = new HashMap<>();
    private final Set<String> stoppedByOperator = new HashSet<>();

    public RoutePauses(Control control) {
        this.control = control;
    }

    /**
     * Holds the routes for the backend; suspends those no other backend held yet. The hold is recorded whatever
     * happens to one route's suspension, and every route is tried: a failure is thrown at the end, with the others
     * suppressed in it.
     */
    public synchronized void hold(String backend, List<String> routeIds) throws Exception {
        Exception failed = null;
        for (String routeId : routeIds) {
            Set<String> holders = heldBy.computeIfAbsent(routeId, r -> new HashSet<>());
            boolean first = holders.isEmpty();
            holders.add(backend);
            if (first) {
                failed = attempt(() -> control.suspend(routeId), failed);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Releases the backend's hold; resumes the routes no one holds any more. Every route is tried even when one
     * fails to resume (a failure is thrown at the end, with the others suppressed in it), so that one route's
     * trouble never leaves the others paused behind a circuit that has closed.
     */
    public synchronized void release(String backend, List<String> routeIds) throws Exception {
        Exception failed = null;
        for (String routeId : routeIds) {
            Set<String> holders = heldBy.getOrDefault(routeId, new HashSet<>());
            if (holders.remove(backend) && holders.isEmpty()) {
                failed = attempt(() -> control.resume(routeId), failed);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static Exception attempt(Step step, Exception failedSoFar) {
        try {
            step.run();
            return failedSoFar;
        } catch (Exception e) {
            if (failedSoFar == null) {
                return e;
            }
            failedSoFar.addSuppressed(e);
            return failedSoFar;
        }
    }

    /** The backends (and {@link #OPERATOR}) holding the route (empty when it runs). */
    public synchronized Set<String> holders(String routeId) {
        return Set.copyOf(heldBy.getOrDefault(routeId, Set.of()));
    }

    /** An operator suspends the route; it stays suspended until the operator resumes it. */
    public synchronized void operatorSuspend(String routeId) throws Exception {
        if (stoppedByOperator.contains(routeId)) {
            throw new NotNow("The route is stopped: start it first");
        }
        hold(OPERATOR, List.of(routeId));
    }

    /**
     * An operator resumes the route: the operator's hold ends, and the route runs unless a backend's circuit still
     * holds it (then it resumes when that circuit closes).
     *
     * @return the holders left (empty when the route runs again)
     */
    public synchronized Set<String> operatorResume(String routeId) throws Exception {
        if (stoppedByOperator.contains(routeId)) {
            throw new NotNow("The route is stopped: start it instead");
        }
        Set<String> holders = heldBy.computeIfAbsent(routeId, r -> new HashSet<>());
        holders.remove(OPERATOR);
        if (holders.isEmpty()) {
            control.resume(routeId);
        }
        return Set.copyOf(holders);
    }

    /** An operator stops the route; no circuit starts or resumes it until the operator starts it. */
    public synchronized void operatorStop(String routeId) throws Exception {
        control.stop(routeId);
        heldBy.computeIfAbsent(routeId, r -> new HashSet<>()).add(OPERATOR);
        stoppedByOperator.add(routeId);
    }

    /**
     * An operator starts the route: the operator's hold ends; a route a backend's circuit still holds stays stopped
     * and is started when that circuit closes ({@link Control#resume} starts a stopped route), so it never consumes
     * while its backend is down.
     *
     * @return the holders left (empty when the route runs)
     */
    public synchronized Set<String> operatorStart(String routeId) throws Exception {
        Set<String> holders = heldBy.computeIfAbsent(routeId, r -> new HashSet<>());
        holders.remove(OPERATOR);
        stoppedByOperator.remove(routeId);
        if (holders.isEmpty()) {
            control.start(routeId);
        }
        return Set.copyOf(holders);
    }
}
