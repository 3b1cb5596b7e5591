package org.eaihub.scm.contract;

import java.util.List;

/**
 * Reserve stock for an order's lines.
 *
 * @param shipToParty   the SCM's party id of the ship-to customer ({@code SP-000042}), optional here
 * @param holdSeconds   how long to hold the stock; the SCM's default hold when absent
 * @param allowPartial  false: all or nothing; true (default): reserve what is there and report the rest
 */
public record ReservationRequest(String type, int schemaVersion, String requestId, String orderRef,
        String shipToParty, Integer holdSeconds, Boolean allowPartial, List<Line> lines) implements ScmCommand {

    public record Line(int lineNo, String sku, int quantity) {
    }

    public boolean partialAllowed() {
        return allowPartial == null || allowPartial;
    }

    @Override
    public String reference() {
        return orderRef;
    }
}
