package org.eaihub.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.eaihub.bench.Figure;
import org.eaihub.bench.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {

    @TempDir
    Path dir;

    @Test
    void everyFigureIsOneLineWithItsMedianMinMaxAndEverySample() throws Exception {
        Figure figure = Figure.ratio("R_jms", "hub over raw, \"same\" run");
        Summary summary = new Summary("default", figure, List.of(new Sample("R_jms", 0.5, "a"),
                new Sample("R_jms", 0.25, "b"), new Sample("R_jms", 0.75, "a")));
        RunInfo run = new RunInfo(ZonedDateTime.parse("2026-12-02T08:00:00Z"), "full", "test", "2 cores");
        Path csv = dir.resolve("results.csv");

        ResultsCsv.write(csv, run, List.of(summary));

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(ResultsCsv.HEADER);
        assertThat(lines.get(1)).isEqualTo("\"2026-12-02T08:00Z\",\"full\",\"test\",\"default\",\"R_jms\",\"x\",ratio,3,"
                + "0.500000,0.250000,0.750000,\"0.500000;0.250000;0.750000\",\"a | b\","
                + "\"hub over raw, \"\"same\"\" run\",\"2 cores\"");
    }
}
