package org.eaihub.crm.order;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SalesOrderRepository extends JpaRepository<SalesOrderRecord, String> {

    @Query(value = "SELECT nextval('sales_order_number')", nativeQuery = true)
    long nextOrderNumber();

    Optional<SalesOrderRecord> findByIdempotencyKey(String idempotencyKey);

    /** The order, locked until the transaction ends, so that two reports for it are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SalesOrderRecord o where o.orderNumber = :orderNumber")
    Optional<SalesOrderRecord> findForUpdate(String orderNumber);

    /** A customer's orders placed at or after {@code from} and before {@code until}, newest first. */
    @Query("select o from SalesOrderRecord o where o.customerId = :customerId and o.orderedAt >= :from"
            + " and o.orderedAt < :until order by o.orderedAt desc, o.orderNumber desc")
    Page<SalesOrderRecord> findPlaced(String customerId, Instant from, Instant until, Pageable pageable);
}
