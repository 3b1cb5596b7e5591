package org.eaihub.erp.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvoiceRepository extends JpaRepository<Invoice, String> {

    @Query("select i from Invoice i where i.payer = :customer and i.billingDate between :from and :to")
    List<Invoice> billedBetween(@Param("customer") String customer, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
