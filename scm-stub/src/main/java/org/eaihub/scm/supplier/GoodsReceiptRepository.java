package org.eaihub.scm.supplier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoodsReceiptRepository extends JpaRepository<GoodsReceipt, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from GoodsReceipt g where g.id = :id")
    Optional<GoodsReceipt> lockById(@Param("id") long id);

    @Query("select g.id from GoodsReceipt g where g.status = 'SCHEDULED' and g.dueAt <= :now order by g.dueAt, g.id")
    List<Long> due(@Param("now") Instant now, Limit limit);

    List<GoodsReceipt> findByPullListIdOrderByIdAsc(String pullListId);
}
