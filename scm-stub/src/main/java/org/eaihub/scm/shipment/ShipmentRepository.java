package org.eaihub.scm.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shipment s where s.id = :id")
    Optional<Shipment> lockById(@Param("id") long id);

    @Query("select s.id from Shipment s where s.status = 'PLANNED' and s.dispatchDueAt <= :now order by s.id")
    List<Long> dueForDispatch(@Param("now") Instant now, Limit limit);

    @Query("select s.id from Shipment s where s.status = 'DISPATCHED' and s.deliveryDueAt <= :now order by s.id")
    List<Long> dueForDelivery(@Param("now") Instant now, Limit limit);

    List<Shipment> findByOrderRefOrderByIdAsc(String orderRef);

    List<Shipment> findByShipToPartyAndStatusInOrderByIdAsc(String shipToParty, List<Shipment.Status> statuses,
            Limit limit);

    List<Shipment> findByShipToPartyOrderByIdDesc(String shipToParty, Limit limit);
}
