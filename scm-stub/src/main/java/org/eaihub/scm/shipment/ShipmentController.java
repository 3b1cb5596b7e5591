package org.eaihub.scm.shipment;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shipment lookup by order reference ({@code GET /api/shipments?orderRef=SO-4711}) or by ship-to party
 * ({@code GET /api/shipments?shipToParty=SP-000001&open=true}, for the hub's customer 360: the SCM knows its
 * parties, not the CRM's customers). Exactly one of the two.
 */
@RestController
@Validated
@RequestMapping(path = "/api/shipments", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SYSTEM','OPERATOR','ADMIN')")
public class ShipmentController {

    private final ShipmentLookup lookup;

    public ShipmentController(ShipmentLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Every shipment of the order with its status and times, or a party's shipments (only those not yet delivered
     * when {@code open=true}, else the latest); an empty list if there is none.
     */
    @GetMapping
    public List<ShipmentLookup.ShipmentView> find(
            @RequestParam(required = false) @Size(min = 1, max = 64) String orderRef,
            @RequestParam(required = false) @Size(min = 1, max = 64) String shipToParty,
            @RequestParam(defaultValue = "false") boolean open) {
        if ((orderRef == null) == (shipToParty == null)) {
            throw new IllegalArgumentException("give exactly one of orderRef and shipToParty");
        }
        return orderRef != null ? lookup.byOrder(orderRef) : lookup.byShipToParty(shipToParty, open);
    }
}
