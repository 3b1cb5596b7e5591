package org.eaihub.erp.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SalesOrderRepository extends JpaRepository<SalesOrder, String> {

    /** The order, locked until the end of the transaction: goods issue and cancellation take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SalesOrder o where o.number = :number")
    Optional<SalesOrder> lock(@Param("number") String number);

    @Query("select o from SalesOrder o where o.soldTo = :customer and o.createdOn between :from and :to")
    List<SalesOrder> createdBetween(@Param("customer") String customer, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
