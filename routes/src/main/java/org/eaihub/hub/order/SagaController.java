package org.eaihub.hub.order;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Order-to-cash sagas for operators: how many are in each state, and the latest ones. */
@RestController
@PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
public class SagaController {

    private final OrderSagaQueries queries;

    public SagaController(OrderSagaQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/sagas", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sagas per state, the number open (not COMPLETED, REJECTED or CANCELLED) and the most"
            + " recently changed sagas, newest first (only open ones when open=true; max 1 to 1000)")
    public OrderSagaQueries.SagaOverview sagas(@RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "50") int max) {
        return queries.overview(open, max);
    }
}
