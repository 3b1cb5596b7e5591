package org.eaihub.scm.stock;

import java.util.Optional;

import org.eaihub.scm.AfterCommit;
import org.eaihub.scm.BusinessNumbers;
import org.eaihub.scm.contract.EventBodies;
import org.eaihub.scm.contract.EventType;
import org.eaihub.scm.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the stock movements of a transaction into events: one InventoryChanged per touched stock row, then
 * the reorder rule ({@link ReorderPolicy}) for that row, which may close the open replenishment demand and
 * raise a new one (a ReplenishmentDemand event). Runs in the caller's transaction, with the rows locked.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StockLedger {

    private static final Logger LOG = LoggerFactory.getLogger(StockLedger.class);

    private final StockItemRepository stock;
    private final ReplenishmentDemandRepository demands;
    private final Outbox outbox;
    private final BusinessNumbers numbers;

    public StockLedger(StockItemRepository stock, ReplenishmentDemandRepository demands, Outbox outbox,
            BusinessNumbers numbers) {
        this.stock = stock;
        this.demands = demands;
        this.outbox = outbox;
        this.numbers = numbers;
    }

    public void record(StockChanges changes, String requestId) {
        for (StockChanges.Change change : changes.changes()) {
            StockItem item = change.item;
            long revision = item.nextRevision();
            stock.flush();
            int totalAvailable = stock.totalAvailable(item.getSku());
            outbox.append(EventType.INVENTORY_CHANGED, item.getSku(), requestId, new EventBodies.InventoryLevel(
                    item.getSku(), item.getWarehouse(), revision, changes.cause().name(), changes.orderRef(),
                    changes.pullListId(), changes.receiptId(), item.getOnHand(), item.getReserved(), item.available(),
                    change.onHandDelta, change.reservedDelta, item.getReorderPoint(),
                    ReorderPolicy.belowReorderPoint(item.available(), item.getReorderPoint()), totalAvailable));
            applyReorderRule(item, changes, requestId);
        }
    }

    private void applyReorderRule(StockItem item, StockChanges changes, String requestId) {
        Optional<ReplenishmentDemand> open = demands.findFirstBySkuAndWarehouseAndStatus(item.getSku(),
                item.getWarehouse(), ReplenishmentDemand.Status.OPEN);
        ReorderPolicy.Decision decision = ReorderPolicy.evaluate(item.available(), item.getReorderPoint(),
                item.getReorderQuantity(), open.isPresent(), changes.cause() == StockCause.GOODS_RECEIPT);
        if (decision.closeOpenDemand()) {
            open.get().close(changes.at());
        }
        if (decision.raises()) {
            ReplenishmentDemand demand = demands.save(new ReplenishmentDemand(
                    numbers.next(BusinessNumbers.Kind.REPLENISHMENT_DEMAND).value(), item,
                    decision.raiseQuantity(), requestId, changes.at()));
            outbox.append(EventType.REPLENISHMENT_DEMAND, item.getSku(), requestId, new EventBodies.Replenishment(
                    demand.getDemandId(), item.getSku(), item.getWarehouse(), item.available(),
                    item.getReorderPoint(), item.getReorderQuantity(), decision.raiseQuantity()));
            AfterCommit.run(() -> LOG.info("Replenishment demand {} raised: {} in {}, {} available, reorder point {}",
                    demand.getDemandId(), item.getSku(), item.getWarehouse(), item.available(),
                    item.getReorderPoint()));
        }
    }
}
