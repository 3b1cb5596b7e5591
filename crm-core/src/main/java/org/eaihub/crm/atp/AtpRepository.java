package org.eaihub.crm.atp;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AtpRepository extends JpaRepository<AtpBalance, String> {

    /** The SKU's figures, locked until the transaction ends, so that concurrent updates merge one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AtpBalance a where a.sku = :sku")
    Optional<AtpBalance> findForUpdate(String sku);
}
