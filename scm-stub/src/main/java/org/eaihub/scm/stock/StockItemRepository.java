package org.eaihub.scm.stock;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockItemRepository extends JpaRepository<StockItem, Long> {

    /** Locks every stock row of the SKUs, always in (sku, warehouse) order so that lockers never deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StockItem s where s.sku in :skus order by s.sku, s.warehouse")
    List<StockItem> lockBySkus(@Param("skus") Collection<String> skus);

    List<StockItem> findBySkuOrderByWarehouseAsc(String sku);

    List<StockItem> findBySkuInOrderBySkuAscWarehouseAsc(Collection<String> skus);

    @Query("select coalesce(sum(s.onHand - s.reserved), 0) from StockItem s where s.sku = :sku")
    int totalAvailable(@Param("sku") String sku);
}
