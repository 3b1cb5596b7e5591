package org.eaihub.bench;

import java.util.List;

import org.eaihub.bench.boot.BootScenario;
import org.eaihub.bench.codec.CodecScenario;
import org.eaihub.bench.customer360.Customer360Scenario;
import org.eaihub.bench.jms.JmsThroughputScenario;
import org.eaihub.bench.jms.MemoryScenario;
import org.eaihub.bench.order.OrderToCashScenario;

/**
 * Every scenario, in the order each round runs them. Codec first (no landscape up yet), then boot (which times the
 * empty application and then the round's landscape), then memory (the first messages through the fresh landscape's
 * hub route, so that its RSS is read after exactly the stated number), then the throughput figures. New flows
 * (order-to-cash, customer 360) are added at the end.
 */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> all() {
        JmsThroughputScenario jms = new JmsThroughputScenario();
        return List.of(new CodecScenario(), new BootScenario(), new MemoryScenario(jms), jms,
                new OrderToCashScenario(), new Customer360Scenario());
    }
}
