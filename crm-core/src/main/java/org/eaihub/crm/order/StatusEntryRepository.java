package org.eaihub.crm.order;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusEntryRepository extends JpaRepository<StatusEntry, Long> {

    Optional<StatusEntry> findByEventId(String eventId);

    List<StatusEntry> findByOrderNumberOrderByIdAsc(String orderNumber);
}
