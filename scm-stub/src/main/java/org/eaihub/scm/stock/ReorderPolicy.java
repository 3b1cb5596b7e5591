package org.eaihub.scm.stock;

/**
 * When to raise replenishment demand: an (s, S) rule per SKU and warehouse, with s the reorder point and S
 * the reorder point plus the reorder quantity. A change that leaves available stock below the reorder point
 * raises demand for the difference up to S, unless a demand is already open (it is on its way). An open demand
 * closes when a goods receipt arrives for it or when available stock is back at the reorder point; if stock is
 * still below the reorder point after a receipt, a new demand follows at once.
 */
public final class ReorderPolicy {

    /** @param raiseQuantity how much to demand; zero when no new demand is due */
    public record Decision(boolean closeOpenDemand, int raiseQuantity) {
        public boolean raises() {
            return raiseQuantity > 0;
        }
    }

    private ReorderPolicy() {
    }

    public static boolean belowReorderPoint(int available, int reorderPoint) {
        return available < reorderPoint;
    }

    public static Decision evaluate(int available, int reorderPoint, int reorderQuantity, boolean demandOpen,
            boolean goodsReceived) {
        boolean below = belowReorderPoint(available, reorderPoint);
        boolean close = demandOpen && (!below || goodsReceived);
        boolean stillOpen = demandOpen && !close;
        int raise = below && !stillOpen ? reorderPoint + reorderQuantity - available : 0;
        return new Decision(close, raise);
    }
}
