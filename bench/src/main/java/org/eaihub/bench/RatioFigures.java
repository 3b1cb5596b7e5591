package org.eaihub.bench;

import java.util.List;

/**
 * A ratio and the two absolute figures it is made of: {@code ratio = measured / baseline}, both taken in the same
 * round, so that machine drift between rounds cancels out. Every ratio of the harness is built here, so that none is
 * computed any other way.
 */
public record RatioFigures(Figure ratio, Figure measured, Figure baseline) {

    public static RatioFigures of(String name, String meaning, Figure measured, Figure baseline) {
        return new RatioFigures(Figure.ratio(name, meaning), measured, baseline);
    }

    /** In report order: the ratio, then what it divides, then what it divides by. */
    public List<Figure> figures() {
        return List.of(ratio, measured, baseline);
    }

    /** One round's three samples, all with the same note. */
    public List<Sample> samples(double measuredValue, double baselineValue, String note) {
        return List.of(new Sample(ratio.name(), measuredValue / baselineValue, note),
                new Sample(measured.name(), measuredValue, note), new Sample(baseline.name(), baselineValue, note));
    }
}
