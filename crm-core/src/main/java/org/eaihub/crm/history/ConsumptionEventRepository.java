package org.eaihub.crm.history;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsumptionEventRepository extends JpaRepository<ConsumptionEvent, Long> {

    Optional<ConsumptionEvent> findByEventId(String eventId);

    List<ConsumptionEvent> findByCustomerIdAndKindInOrderByOccurredAtAscIdAsc(String customerId,
            Collection<ConsumptionEvent.Kind> kinds);

    Page<ConsumptionEvent> findByCustomerIdOrderByOccurredAtDesc(String customerId, Pageable pageable);
}
