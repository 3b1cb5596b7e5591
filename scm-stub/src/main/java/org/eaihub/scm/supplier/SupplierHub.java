package org.eaihub.scm.supplier;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eaihub.config.correlation.Correlation;
import org.eaihub.scm.AfterCommit;
import org.eaihub.scm.BusinessNumbers;
import org.eaihub.scm.contract.InvalidCommandException;
import org.eaihub.scm.contract.PullList;
import org.eaihub.scm.settings.RuntimeSettings;
import org.eaihub.scm.stock.ProductRepository;
import org.eaihub.scm.stock.StockChanges;
import org.eaihub.scm.stock.StockItem;
import org.eaihub.scm.stock.StockItemRepository;
import org.eaihub.scm.stock.StockLedger;
import org.eaihub.scm.stock.WarehouseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier side: a pull list becomes a scheduled goods receipt (lines of the same SKU and warehouse summed),
 * due after the supplier lead time; posting it raises stock on hand and publishes InventoryChanged (cause
 * GOODS_RECEIPT) with the pull list's request id. Runs inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class SupplierHub {

    private static final Logger LOG = LoggerFactory.getLogger(SupplierHub.class);

    private final GoodsReceiptRepository receipts;
    private final ProductRepository products;
    private final WarehouseRepository warehouses;
    private final StockItemRepository stock;
    private final StockLedger ledger;
    private final BusinessNumbers numbers;
    private final RuntimeSettings settings;
    private final Clock clock;

    public SupplierHub(GoodsReceiptRepository receipts, ProductRepository products, WarehouseRepository warehouses,
            StockItemRepository stock, StockLedger ledger, BusinessNumbers numbers, RuntimeSettings settings,
            Clock clock) {
        this.receipts = receipts;
        this.products = products;
        this.warehouses = warehouses;
        this.stock = stock;
        this.ledger = ledger;
        this.numbers = numbers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Schedules the goods receipt; a line naming an unknown SKU or warehouse makes the pull list invalid. */
    public GoodsReceipt accept(PullList pullList) {
        Set<String> skus = new LinkedHashSet<>();
        pullList.lines().forEach(l -> skus.add(l.sku()));
        Set<String> knownSkus = products.knownSkus(skus);
        Set<String> knownWarehouses = new LinkedHashSet<>(warehouses.codesByPriority());
        Map<String, PullList.Line> summed = new LinkedHashMap<>();
        for (PullList.Line line : pullList.lines()) {
            if (!knownSkus.contains(line.sku())) {
                throw new InvalidCommandException(InvalidCommandException.INVALID_CONTENT,
                        "Pull list " + pullList.pullListId() + " names an unknown SKU " + line.sku());
            }
            if (!knownWarehouses.contains(line.warehouse())) {
                throw new InvalidCommandException(InvalidCommandException.INVALID_CONTENT,
                        "Pull list " + pullList.pullListId() + " names an unknown warehouse " + line.warehouse());
            }
            summed.merge(line.sku() + "@" + line.warehouse(), line,
                    (a, b) -> new PullList.Line(a.sku(), a.warehouse(), a.quantity() + b.quantity()));
        }
        Instant now = clock.instant();
        GoodsReceipt receipt = new GoodsReceipt(numbers.next(BusinessNumbers.Kind.GOODS_RECEIPT).value(),
                pullList.pullListId(), pullList.requestId(), pullList.supplier(), Correlation.current(), now,
                now.plus(settings.supplierLeadTime()));
        summed.values().forEach(l -> receipt.addLine(l.sku(), l.warehouse(), l.quantity()));
        receipts.save(receipt);
        AfterCommit.run(() -> LOG.info("Pull list {} accepted: goods receipt {} with {} line(s) due at {}",
                pullList.pullListId(),
                receipt.getReceiptId(), receipt.getLines().size(), receipt.getDueAt()));
        return receipt;
    }

    /** Posts the goods receipt if it is scheduled and due; @return true if it was posted now. */
    public boolean post(long id) {
        Instant now = clock.instant();
        GoodsReceipt receipt = receipts.lockById(id).orElse(null);
        if (receipt == null || !receipt.due(now)) {
            return false;
        }
        try (Correlation.Scope scope = Correlation.open(receipt.getCorrelationId(),
                "scm:goods-receipt:" + receipt.getReceiptId())) {
            Set<String> skus = new LinkedHashSet<>();
            receipt.getLines().forEach(l -> skus.add(l.getSku()));
            Map<String, StockItem> rows = new HashMap<>();
            stock.lockBySkus(skus).forEach(i -> rows.put(i.getSku() + "@" + i.getWarehouse(), i));
            StockChanges changes = StockChanges.forGoodsReceipt(receipt.getPullListId(), receipt.getReceiptId(), now);
            for (GoodsReceiptLine line : receipt.getLines()) {
                StockItem item = rows.get(line.getSku() + "@" + line.getWarehouse());
                if (item == null) {
                    item = stock.save(new StockItem(line.getSku(), line.getWarehouse(), 0, 0, 1, now));
                }
                changes.receive(item, line.getQuantity());
            }
            receipt.post(now);
            ledger.record(changes, receipt.getRequestId());
            AfterCommit.run(() -> LOG.info("Goods receipt {} for pull list {} posted", receipt.getReceiptId(),
                    receipt.getPullListId()));
        }
        return true;
    }
}
