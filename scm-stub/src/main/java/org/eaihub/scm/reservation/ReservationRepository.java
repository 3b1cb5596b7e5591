package org.eaihub.scm.reservation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReservationRepository extends JpaRepository<Reservation, Long> {

    /** The order's held reservation, locked: release, shipment and expiry never act on it at the same time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reservation r where r.orderRef = :orderRef and r.status = 'HELD'")
    Optional<Reservation> lockHeld(@Param("orderRef") String orderRef);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reservation r where r.id = :id")
    Optional<Reservation> lockById(@Param("id") long id);

    @Query("select r.id from Reservation r where r.status = 'HELD' and r.expiresAt <= :now order by r.expiresAt")
    List<Long> dueForExpiry(@Param("now") Instant now, Limit limit);

    List<Reservation> findByOrderRefOrderByIdDesc(String orderRef);
}
