package org.eaihub.crm.access;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit entries: changes in the transaction of the change, refusals in a transaction of their own. */
@Service
public class AuditTrail {

    private final AuditRepository repository;
    private final Clock clock;

    public AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Staff staff, AuditEntry.Action action, String customerId, String detail) {
        repository.save(new AuditEntry(clock.instant(), staff.username(), action, customerId, detail));
    }

    /** Survives the rollback of the refused operation. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Staff staff, String customerId, String operation) {
        repository.save(new AuditEntry(clock.instant(), staff.username(), AuditEntry.Action.DENIED, customerId,
                operation));
    }
}
