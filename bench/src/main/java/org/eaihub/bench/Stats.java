package org.eaihub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Median, min and max of a handful of values. */
public final class Stats {

    private Stats() {
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile ({@code p} in 0..100). */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public static double min(List<Double> values) {
        return Collections.min(values);
    }

    public static double max(List<Double> values) {
        return Collections.max(values);
    }

    /** Values as {@code 1.23/4.56}, for notes. */
    public static String format(List<Double> values) {
        return values.stream().map(Stats::number).collect(Collectors.joining("/"));
    }

    /** Four significant digits, no exponent. */
    public static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 1000 ? "%.0f" : magnitude >= 100 ? "%.1f" : magnitude >= 10 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
