package org.eaihub.scm.stock;

/** Why stock changed; the {@code cause} of an InventoryChanged event. */
public enum StockCause { RESERVATION, RELEASE, EXPIRY, DISPATCH, GOODS_RECEIPT }
