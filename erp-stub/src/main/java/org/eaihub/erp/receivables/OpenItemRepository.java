package org.eaihub.erp.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OpenItemRepository extends JpaRepository<OpenItem, String> {

    /** Open receivables (SKFOR): what the customer owes, net of credits on account. */
    @Query("select coalesce(sum(i.openAmount), 0) from OpenItem i where i.customer = :customer and i.openAmount <> 0")
    BigDecimal openBalance(@Param("customer") String customer);

    @Query("select i from OpenItem i where i.customer = :customer and i.openAmount <> 0 and i.postingDate <= :keyDate"
            + " order by i.dueDate, i.documentNumber")
    List<OpenItem> openAt(@Param("customer") String customer, @Param("keyDate") LocalDate keyDate);

    @Query("select i from OpenItem i where i.openAmount <> 0 and i.postingDate <= :keyDate")
    List<OpenItem> allOpenAt(@Param("keyDate") LocalDate keyDate);

    /** The customer's open debit items, locked for clearing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from OpenItem i where i.customer = :customer and i.openAmount > 0 order by i.dueDate, i.documentNumber")
    List<OpenItem> lockOpenDebits(@Param("customer") String customer);
}
