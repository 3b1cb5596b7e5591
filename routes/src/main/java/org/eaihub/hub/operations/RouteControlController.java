package org.eaihub.hub.operations;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.eaihub.hub.backend.RoutePauses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Route control for operators: this hub instance's routes, and suspend, resume, stop or start one of them. */
@RestController
@RequestMapping(path = "/api/routes", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class RouteControlController {

    private final RouteControl control;

    public RouteControlController(RouteControl control) {
        this.control = control;
    }

    @GetMapping
    @Operation(summary = "Every route of this hub instance: status, exchanges total/failed/inflight, mean and last"
            + " processing time (ms), the endpoint it consumes from, who holds it paused")
    public List<RouteView> routes() {
        return control.routes();
    }

    @GetMapping("/{routeId}")
    @Operation(summary = "One route")
    public RouteView route(@PathVariable String routeId) {
        return control.route(routeId);
    }

    @PostMapping("/{routeId}/{action}")
    @Operation(summary = "suspend, resume, stop or start a route (audited). An operator's suspension or stop lasts"
            + " until an operator resumes or starts the route; a backend's circuit closing does not undo it")
    public RouteView act(@PathVariable String routeId, @PathVariable String action, Principal operator) {
        return control.act(routeId, RouteControl.Action.of(action), operator.getName());
    }

    @ExceptionHandler(RouteControl.UnknownRoute.class)
    ProblemDetail unknown(RouteControl.UnknownRoute e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RoutePauses.NotNow.class)
    ProblemDetail notNow(RoutePauses.NotNow e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
