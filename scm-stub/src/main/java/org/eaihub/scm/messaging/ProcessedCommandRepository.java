package org.eaihub.scm.messaging;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProcessedCommandRepository extends JpaRepository<ProcessedCommand, Long> {

    Optional<ProcessedCommand> findByRequestId(String requestId);

    @Modifying
    @Query("delete from ProcessedCommand c where c.receivedAt < :before")
    int deleteReceivedBefore(@Param("before") Instant before);
}
