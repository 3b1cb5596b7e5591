package org.eaihub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheMiddleTwo() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(Stats.median(List.of(7.0))).isEqualTo(7.0);
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersKeepAboutFourSignificantDigits() {
        assertThat(Stats.number(1234.56)).isEqualTo("1235");
        assertThat(Stats.number(123.456)).isEqualTo("123.5");
        assertThat(Stats.number(12.3456)).isEqualTo("12.35");
        assertThat(Stats.number(0.31234)).isEqualTo("0.312");
        assertThat(Stats.format(List.of(1.0, 22.5))).isEqualTo("1.000/22.50");
    }

    @Test
    void aRatioIsAlwaysTheMeasuredSideOverTheBaselineOfTheSameRound() {
        RatioFigures figures = RatioFigures.of("R_x", "x over y", Figure.absolute("x", "msg/s", "x"),
                Figure.absolute("y", "msg/s", "y"));

        List<Sample> samples = figures.samples(300, 1200, "round 1");

        assertThat(figures.figures()).extracting(Figure::name).containsExactly("R_x", "x", "y");
        assertThat(figures.ratio().ratio()).isTrue();
        assertThat(samples).extracting(Sample::figure).containsExactly("R_x", "x", "y");
        assertThat(samples).extracting(Sample::value).containsExactly(0.25, 300.0, 1200.0);
        assertThat(samples).extracting(Sample::note).containsOnly("round 1");
    }

    @Test
    void aFigureThatCameOutAsNoNumberIsRefused() {
        RatioFigures figures = RatioFigures.of("R_x", "x over y", Figure.absolute("x", "s", "x"),
                Figure.absolute("y", "s", "y"));

        assertThatThrownBy(() -> figures.samples(1, 0, "")).hasMessageContaining("R_x");
    }

    @Test
    void percentilesAreNearestRank() {
        java.util.List<Double> values = java.util.List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
        org.assertj.core.api.Assertions.assertThat(Stats.percentile(values, 50)).isEqualTo(5.0);
        org.assertj.core.api.Assertions.assertThat(Stats.percentile(values, 99)).isEqualTo(10.0);
        org.assertj.core.api.Assertions.assertThat(Stats.percentile(values, 10)).isEqualTo(1.0);
    }
}
