package org.eaihub.bench.jms;

import java.util.List;

import org.eaihub.bench.Context;
import org.eaihub.bench.Figure;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Scenario;
import org.eaihub.bench.landscape.RunningLandscape;

/**
 * The landscape's resident set size (VmRSS) once a given number of messages went through the hub route in it
 * ({@link org.eaihub.bench.Mode#memoryMessages}: 10,000 in full mode). It runs right after start-up, so it sends them
 * all itself (messages of scenarios before it would count); the hub is warm for the scenarios after it.
 */
public final class MemoryScenario implements Scenario {

    public static final String RSS = "memory.rss";

    private final JmsThroughputScenario jms;

    public MemoryScenario(JmsThroughputScenario jms) {
        this.jms = jms;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<Figure> figures() {
        return List.of(Figure.absolute(RSS, "MiB", "landscape process VmRSS (/proc/<pid>/status) after the stated "
                + "number of messages through the hub route"));
    }

    @Override
    public List<Sample> run(Context context) throws Exception {
        RunningLandscape landscape = context.landscape();
        long missing = context.mode().memoryMessages() - landscape.hubMessages();
        if (missing > 0) {
            try (JmsLoad load = JmsThroughputScenario.load(context, jms.documents())) {
                load.run(JmsLoad.Shape.HUB, (int) missing);
                landscape.countHubMessages(missing);
            }
        }
        double mib = landscape.residentKib() / 1024.0;
        context.log("  memory: %.0f MiB RSS after %d hub messages", mib, landscape.hubMessages());
        return List.of(new Sample(RSS, mib, "after " + landscape.hubMessages() + " hub messages"));
    }
}
