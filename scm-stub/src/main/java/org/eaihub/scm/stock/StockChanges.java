package org.eaihub.scm.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stock movements of one transaction, for one cause. Every movement goes through here, so that
 * {@link StockLedger} can publish one InventoryChanged per touched stock row (with the summed deltas) and
 * apply the reorder rule once per row.
 */
public final class StockChanges {

    /** The movements of one stock row in this transaction. */
    static final class Change {
        final StockItem item;
        int onHandDelta;
        int reservedDelta;

        Change(StockItem item) {
            this.item = item;
        }
    }

    private final StockCause cause;
    private final String orderRef;
    private final String pullListId;
    private final String receiptId;
    private final Instant at;
    private final Map<Long, Change> changes = new LinkedHashMap<>();

    private StockChanges(StockCause cause, String orderRef, String pullListId, String receiptId, Instant at) {
        this.cause = cause;
        this.orderRef = orderRef;
        this.pullListId = pullListId;
        this.receiptId = receiptId;
        this.at = at;
    }

    public static StockChanges forOrder(StockCause cause, String orderRef, Instant at) {
        return new StockChanges(cause, orderRef, null, null, at);
    }

    public static StockChanges forGoodsReceipt(String pullListId, String receiptId, Instant at) {
        return new StockChanges(StockCause.GOODS_RECEIPT, null, pullListId, receiptId, at);
    }

    public void reserve(StockItem item, int quantity) {
        item.reserve(quantity, at);
        change(item).reservedDelta += quantity;
    }

    public void release(StockItem item, int quantity) {
        item.release(quantity, at);
        change(item).reservedDelta -= quantity;
    }

    public void ship(StockItem item, int quantity) {
        item.ship(quantity, at);
        Change change = change(item);
        change.reservedDelta -= quantity;
        change.onHandDelta -= quantity;
    }

    public void receive(StockItem item, int quantity) {
        item.receive(quantity, at);
        change(item).onHandDelta += quantity;
    }

    private Change change(StockItem item) {
        return changes.computeIfAbsent(item.getId(), id -> new Change(item));
    }

    Collection<Change> changes() {
        return changes.values();
    }

    StockCause cause() {
        return cause;
    }

    String orderRef() {
        return orderRef;
    }

    String pullListId() {
        return pullListId;
    }

    String receiptId() {
        return receiptId;
    }

    Instant at() {
        return at;
    }
}
