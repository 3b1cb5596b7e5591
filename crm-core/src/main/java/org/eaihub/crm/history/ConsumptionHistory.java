package org.eaihub.crm.history;

import org.eaihub.crm.UniqueKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Records consumption events once per event id; a repeated id is answered with the event stored first. */
@Service
public class ConsumptionHistory {

    private final ConsumptionEventRepository events;
    private final TransactionTemplate transactions;

    public ConsumptionHistory(ConsumptionEventRepository events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    public ConsumptionEvent record(ConsumptionEvent event) {
        return UniqueKeys.retryOnRace(() -> transactions.execute(s -> events.findByEventId(event.getEventId())
                .orElseGet(() -> events.saveAndFlush(event))));
    }
}
