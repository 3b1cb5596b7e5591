package org.eaihub.scm.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxEvent, Long> {

    List<OutboxEvent> findTop200ByPublishedAtIsNullOrderByIdAsc();

    List<OutboxEvent> findByRequestIdOrderByIdAsc(String requestId);

    long countByPublishedAtIsNull();

    @Modifying
    @Query("update OutboxEvent e set e.publishedAt = :at where e.id in :ids")
    int markPublished(@Param("ids") Collection<Long> ids, @Param("at") Instant at);

    @Modifying
    @Query("delete from OutboxEvent e where e.publishedAt < :before")
    int deletePublishedBefore(@Param("before") Instant before);
}
