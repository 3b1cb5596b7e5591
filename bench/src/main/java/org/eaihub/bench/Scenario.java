package org.eaihub.bench;

import java.util.List;

/**
 * One thing the harness measures. Every scenario runs once per round, in the order of {@link Scenarios#ALL}; a round
 * has its own landscape, started on the first {@link Context#landscape()} call of the round and stopped after its
 * last scenario. A later flow (order-to-cash, customer 360) plugs in as one more implementation in that list.
 */
public interface Scenario {

    /** Short name, used by {@code --only=} and in logs. */
    String name();

    /** The figures this scenario produces, in report order. */
    List<Figure> figures();

    /** Measures one round; returns the round's samples (a scenario may return none in some rounds). */
    List<Sample> run(Context context) throws Exception;
}
