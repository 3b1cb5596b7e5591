package org.eaihub.hub.replenishment;

/** A collected demand not yet on any pull list. */
public record OpenDemand(String demandId, String supplier, String sku, String warehouse, long quantity) {
}
