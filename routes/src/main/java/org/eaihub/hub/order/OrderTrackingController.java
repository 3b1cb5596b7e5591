package org.eaihub.hub.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Order Watch over REST: {@code GET /api/orders/{orderNumber}/tracking}. */
@RestController
@Tag(name = "Order tracking", description = "An order's order-to-cash status and the history of its steps")
public class OrderTrackingController {

    private final OrderSagaQueries queries;

    public OrderTrackingController(OrderSagaQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/orders/{orderNumber}/tracking", produces = "application/json")
    @PreAuthorize("hasAnyRole('INTEGRATION_CLIENT','OPERATOR','ADMIN','SYSTEM')")
    @Operation(summary = "Status, shipments and step history of an order (404 when the hub has no such order)")
    public ResponseEntity<OrderTrackingView> track(@PathVariable String orderNumber) {
        return queries.tracking(orderNumber).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }
}
