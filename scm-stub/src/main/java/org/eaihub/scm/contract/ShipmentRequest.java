package org.eaihub.scm.contract;

/**
 * Ship what the order's held reservation allocated: one shipment per warehouse.
 *
 * @param shipToParty   the SCM's party id of the ship-to customer ({@code SP-000042})
 * @param carrier       a carrier code; chosen by service level when absent
 * @param serviceLevel  {@code STANDARD} (default) or {@code EXPRESS}
 */
public record ShipmentRequest(String type, int schemaVersion, String requestId, String orderRef, String shipToParty,
        String carrier, String serviceLevel) implements ScmCommand {

    @Override
    public String reference() {
        return orderRef;
    }
}
