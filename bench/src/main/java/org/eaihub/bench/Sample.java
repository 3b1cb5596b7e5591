package org.eaihub.bench;

/** One run's value of a figure; {@code note} says under what it was taken (message counts, JMH fork, ...). */
public record Sample(String figure, double value, String note) {

    public Sample {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(figure + " came out as " + value);
        }
    }
}
