package org.eaihub.scm.stock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What can be promised per SKU: per warehouse (first choice first) and in total. */
@Service
@Transactional(readOnly = true)
public class AvailableToPromise {

    public record Levels(int onHand, int reserved, int available) {
    }

    /** @param openReplenishmentDemand the id of the open demand for this SKU and warehouse, if any */
    public record WarehouseAtp(String warehouse, int onHand, int reserved, int available, int reorderPoint,
            boolean belowReorderPoint, String openReplenishmentDemand) {
    }

    public record Atp(String sku, String description, String unit, Levels total, List<WarehouseAtp> warehouses) {
    }

    public record AtpList(List<Atp> items, List<String> unknown) {
    }

    private final ProductRepository products;
    private final StockItemRepository stock;
    private final WarehouseRepository warehouses;
    private final ReplenishmentDemandRepository demands;

    public AvailableToPromise(ProductRepository products, StockItemRepository stock, WarehouseRepository warehouses,
            ReplenishmentDemandRepository demands) {
        this.products = products;
        this.stock = stock;
        this.warehouses = warehouses;
        this.demands = demands;
    }

    public Optional<Atp> of(String sku) {
        List<Atp> found = of(List.of(sku)).items();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public AtpList of(Collection<String> requested) {
        Set<String> skus = new LinkedHashSet<>(requested);
        Map<String, Product> known = products.findAllById(skus).stream()
                .collect(Collectors.toMap(Product::getSku, p -> p));
        List<String> priority = warehouses.codesByPriority();
        Map<String, List<StockItem>> rows = stock.findBySkuInOrderBySkuAscWarehouseAsc(known.keySet()).stream()
                .collect(Collectors.groupingBy(StockItem::getSku, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> openDemands = demands.findBySkuInAndStatus(known.keySet(), ReplenishmentDemand.Status.OPEN)
                .stream().collect(Collectors.toMap(d -> d.getSku() + "@" + d.getWarehouse(),
                        ReplenishmentDemand::getDemandId, (a, b) -> a));
        List<Atp> items = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String sku : skus) {
            Product product = known.get(sku);
            if (product == null) {
                unknown.add(sku);
                continue;
            }
            List<StockItem> items0 = new ArrayList<>(rows.getOrDefault(sku, List.of()));
            items0.sort(java.util.Comparator.comparingInt(i -> priority.indexOf(i.getWarehouse())));
            List<WarehouseAtp> perWarehouse = items0.stream().map(i -> new WarehouseAtp(i.getWarehouse(),
                    i.getOnHand(), i.getReserved(), i.available(), i.getReorderPoint(),
                    ReorderPolicy.belowReorderPoint(i.available(), i.getReorderPoint()),
                    openDemands.get(sku + "@" + i.getWarehouse()))).toList();
            Levels total = new Levels(perWarehouse.stream().mapToInt(WarehouseAtp::onHand).sum(),
                    perWarehouse.stream().mapToInt(WarehouseAtp::reserved).sum(),
                    perWarehouse.stream().mapToInt(WarehouseAtp::available).sum());
            items.add(new Atp(sku, product.getDescription(), product.getUnit(), total, perWarehouse));
        }
        return new AtpList(items, unknown);
    }

    public List<Warehouse> warehouses() {
        return warehouses.findAllByOrderByPriorityAsc();
    }
}
