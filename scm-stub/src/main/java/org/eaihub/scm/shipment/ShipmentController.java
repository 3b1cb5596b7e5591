package org.eaihub.scm.shipment;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shipment lookup by order reference: {@code GET /api/shipments?orderRef=SO-4711}. */
@RestController
@Validated
@RequestMapping(path = "/api/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SYSTEM','OPERATOR','ADMIN')")
public class ShipmentController {

    private final ShipmentLookup lookup;

    public ShipmentController(ShipmentLookup lookup) {
        this.lookup = lookup;
    }

    /** Every shipment of the order with its status and times; an empty list if there is none. */
    @GetMapping
    public List<ShipmentLookup.ShipmentView> byOrder(@RequestParam @NotBlank @Size(max = 64) String orderRef) {
        return lookup.byOrder(orderRef);
    }
}
