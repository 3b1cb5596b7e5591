package org.eaihub.scm.reservation;

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

/** Reservation lookup by order reference: {@code GET /api/reservations?orderRef=SO-4711}. */
@RestController
@Validated
@RequestMapping(path = "/api/reservations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SYSTEM','OPERATOR','ADMIN')")
public class ReservationController {

    private final ReservationLookup lookup;

    public ReservationController(ReservationLookup lookup) {
        this.lookup = lookup;
    }

    /** Every reservation of the order, newest first; an empty list for an order the SCM never saw. */
    @GetMapping
    public List<ReservationLookup.ReservationView> byOrder(@RequestParam @NotBlank @Size(max = 64) String orderRef) {
        return lookup.byOrder(orderRef);
    }
}
