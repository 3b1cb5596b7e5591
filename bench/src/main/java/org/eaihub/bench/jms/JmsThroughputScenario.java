package org.eaihub.bench.jms;

import java.util.ArrayList;
import java.util.List;

import org.eaihub.bench.Context;
import org.eaihub.bench.Figure;
import org.eaihub.bench.RatioFigures;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Scenario;
import org.eaihub.bench.Stats;
import org.eaihub.bench.landscape.RunningLandscape;
import org.eaihub.canonical.CanonicalCodec;

/**
 * R_jms: the hub route's end-to-end throughput over raw Artemis doing the same transacted consume-and-send, on the same
 * broker, in the same landscape, with the same producers, drains, message size and concurrency (see {@link JmsLoad}).
 * Each round warms both shapes up until their rates settle, then runs measured trials of each alternately; the
 * round's rates are the medians of its trials, and its R_jms is hub over raw.
 */
public final class JmsThroughputScenario implements Scenario {

    public static final String R_JMS = "R_jms";
    public static final String HUB_RATE = "jms.hub.rate";
    public static final String RAW_RATE = "jms.raw.rate";

    /** Distinct orders cycled through; enough that message groups and ids spread like real traffic. */
    private static final int DOCUMENTS = 1024;

    /** Warm-up is over when consecutive warm-up rates differ by less than this. */
    private static final double STABLE = 0.10;

    private OrderDocuments documents;

    @Override
    public String name() {
        return "jms";
    }

    private static final RatioFigures FIGURES = RatioFigures.of(R_JMS, "hub route end-to-end msg/s divided by raw "
            + "Artemis transacted consume-and-send msg/s (same broker, producers, drains, size, persistence, "
            + "concurrency, round; higher = the hub costs less)",
            Figure.absolute(HUB_RATE, "msg/s", "persistent ~1 KiB orders through hub.in.order -> route (validate, "
                    + "canonical JSON) -> hub.order.intake, first send to last drained"),
            Figure.absolute(RAW_RATE, "msg/s", "the same through bench.raw.in -> raw transacted relay (receive, send, "
                    + "commit) -> bench.raw.out"));

    @Override
    public List<Figure> figures() {
        return FIGURES.figures();
    }

    /** The orders, written once per harness run. */
    synchronized OrderDocuments documents() {
        if (documents == null) {
            documents = OrderDocuments.generate(new CanonicalCodec(), DOCUMENTS);
        }
        return documents;
    }

    /** A load driver on the round's landscape with the variant's producers and concurrency. */
    static JmsLoad load(Context context, OrderDocuments documents) throws Exception {
        RunningLandscape landscape = context.landscape();
        return new JmsLoad(landscape.coreUrl(), landscape.adminUser(), landscape.adminPassword(), documents,
                context.variant().producers(), context.options().drains(), context.variant().consumers(),
                context.variant().rawClientParams());
    }

    /**
     * Warm-up trials of both shapes until neither rate moved more than {@link #STABLE} from the previous one (at most
     * {@link org.eaihub.bench.Mode#jmsMaxWarmups()}); returns how many ran.
     */
    private static int warmUp(Context context, JmsLoad load, int messages) throws Exception {
        double raw = 0;
        double hub = 0;
        int max = context.mode().jmsMaxWarmups();
        for (int i = 1; i <= max; i++) {
            double rawNow = load.run(JmsLoad.Shape.RAW, messages).rate();
            double hubNow = load.run(JmsLoad.Shape.HUB, messages).rate();
            context.landscape().countHubMessages(messages);
            context.log("    warm-up %d: raw %.0f msg/s, hub %.0f msg/s", i, rawNow, hubNow);
            boolean stable = i > 1 && Math.abs(rawNow / raw - 1) < STABLE && Math.abs(hubNow / hub - 1) < STABLE;
            raw = rawNow;
            hub = hubNow;
            if (stable) {
                return i;
            }
        }
        return max;
    }

    @Override
    public List<Sample> run(Context context) throws Exception {
        RunningLandscape landscape = context.landscape();
        OrderDocuments orders = documents();
        int warmup = context.mode().jmsWarmup();
        int trials = context.mode().jmsTrials();
        int messages = context.mode().jmsMessages();
        List<Double> raw = new ArrayList<>();
        List<Double> hub = new ArrayList<>();
        int warmups;
        try (JmsLoad load = load(context, orders)) {
            warmups = warmUp(context, load, warmup);
            for (int t = 0; t < trials; t++) {
                // Alternate which shape goes first, so that a drift within the round hits both alike.
                List<JmsLoad.Shape> order = t % 2 == 0 ? List.of(JmsLoad.Shape.RAW, JmsLoad.Shape.HUB)
                        : List.of(JmsLoad.Shape.HUB, JmsLoad.Shape.RAW);
                for (JmsLoad.Shape shape : order) {
                    JmsLoad.Trial trial = load.run(shape, messages);
                    context.log("    %s: %.0f msg/s (%d in %.2f s; sends done after %.2f s with %d waiting)", shape,
                            trial.rate(), messages, trial.seconds(), trial.sendSeconds(), trial.backlog());
                    if (trial.duplicates() > 0) {
                        context.log("  %s trial delivered %d duplicates", shape, trial.duplicates());
                    }
                    (shape == JmsLoad.Shape.RAW ? raw : hub).add(trial.rate());
                    if (shape == JmsLoad.Shape.HUB) {
                        landscape.countHubMessages(messages);
                    }
                }
            }
            for (String queue : List.of("hub.in.order", "hub.order.intake", "DLQ.hub.in.order")) {
                long left = load.depth(queue);
                if (left > 0) {
                    context.log("  %s still holds %d messages after the trials", queue, left);
                }
            }
        }
        double rawRate = Stats.median(raw);
        double hubRate = Stats.median(hub);
        String note = String.format("%d warm-ups + %d x %d msgs/shape, %d B, %d producers, %d consumers; raw %s; "
                + "hub %s", warmups, trials, messages, orders.averageBytes(), context.variant().producers(),
                context.variant().consumers(), Stats.format(raw), Stats.format(hub));
        context.log("  jms: raw %.0f msg/s, hub %.0f msg/s, R_jms %.3f", rawRate, hubRate, hubRate / rawRate);
        return FIGURES.samples(hubRate, rawRate, note);
    }
}
