package org.eaihub.hub.operations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;
import org.apache.camel.util.URISupport;
import org.eaihub.hub.backend.RoutePauses;
import org.eaihub.hub.operations.AuditEntry.Outcome;

/**
 * Operators' control of this hub instance's routes: list them with their figures, suspend, resume, stop, start.
 * Every action goes through {@link RoutePauses}, where the backends' circuits pause routes too, so that an
 * operator's suspension or stop is not undone by a circuit closing (operator suspension wins until the operator
 * resumes), and an operator's resume does not run a route whose backend is still down. Every action is audited.
 */
public class RouteControl {

    public enum Action {
        SUSPEND, RESUME, STOP, START;

        public static Action of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown action: use suspend, resume, stop or start");
            }
        }
    }

    /** No such route in this hub instance. */
    public static class UnknownRoute extends RuntimeException {
        public UnknownRoute() {
            super("No such route");
        }
    }

    private final CamelContext camel;
    private final RoutePauses pauses;
    private final OperatorAudit audit;

    public RouteControl(CamelContext camel, RoutePauses pauses, OperatorAudit audit) {
        this.camel = camel;
        this.pauses = pauses;
        this.audit = audit;
    }

    public List<RouteView> routes() {
        return camel.getRoutes().stream().map(Route::getRouteId).sorted(Comparator.naturalOrder()).map(this::view)
                .toList();
    }

    public RouteView route(String routeId) {
        if (camel.getRoute(routeId) == null) {
            throw new UnknownRoute();
        }
        return view(routeId);
    }

    /** Does what the operator asked and audits it, whatever the outcome. */
    public RouteView act(String routeId, Action action, String operator) {
        String what = "route." + action.name().toLowerCase(Locale.ROOT);
        if (camel.getRoute(routeId) == null) {
            audit.record(operator, what, routeId, Outcome.REFUSED, "no such route");
            throw new UnknownRoute();
        }
        Set<String> stillHeldBy;
        try {
            stillHeldBy = switch (action) {
                case SUSPEND -> {
                    pauses.operatorSuspend(routeId);
                    yield Set.of();
                }
                case RESUME -> pauses.operatorResume(routeId);
                case STOP -> {
                    pauses.operatorStop(routeId);
                    yield Set.of();
                }
                case START -> pauses.operatorStart(routeId);
            };
        } catch (RoutePauses.NotNow refused) {
            audit.record(operator, what, routeId, Outcome.REFUSED, refused.getMessage());
            throw refused;
        } catch (Exception failed) {
            audit.record(operator, what, routeId, Outcome.FAILED, failed.getClass().getSimpleName());
            throw new IllegalStateException("Could not " + action.name().toLowerCase(Locale.ROOT) + " the route",
                    failed);
        }
        RouteView after = view(routeId);
        audit.record(operator, what, routeId, Outcome.OK, "status " + after.status()
                + (stillHeldBy.isEmpty() ? "" : "; still held by " + String.join(",", stillHeldBy.stream().sorted()
                        .toList())));
        return after;
    }

    private RouteView view(String routeId) {
        ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
        Route route = camel.getRoute(routeId);
        String from = route == null ? null : URISupport.sanitizeUri(route.getEndpoint().getEndpointUri());
        ManagedCamelContext managed = camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class);
        ManagedRouteMBean figures = managed == null ? null : managed.getManagedRoute(routeId);
        if (figures == null) {
            return new RouteView(routeId, String.valueOf(status), 0, 0, 0, 0, 0, from, pauses.holders(routeId));
        }
        return new RouteView(routeId, String.valueOf(status), figures.getExchangesTotal(),
                figures.getExchangesFailed(), figures.getExchangesInflight(), figures.getMeanProcessingTime(),
                figures.getLastProcessingTime(), from, pauses.holders(routeId));
    }
}
