package org.eaihub.bench.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eaihub.bench.Figure;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Stats;

/** A figure's samples under one variant, and their median, min and max. */
public record Summary(String variant, Figure figure, List<Sample> samples) {

    public Summary {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples of " + figure.name());
        }
    }

    public List<Double> values() {
        return samples.stream().map(Sample::value).toList();
    }

    public int runs() {
        return samples.size();
    }

    public double median() {
        return Stats.median(values());
    }

    public double min() {
        return Stats.min(values());
    }

    public double max() {
        return Stats.max(values());
    }

    /** The distinct notes of the samples, in order. */
    public List<String> notes() {
        Set<String> notes = new LinkedHashSet<>();
        samples.forEach(sample -> notes.add(sample.note()));
        return List.copyOf(notes);
    }
}
