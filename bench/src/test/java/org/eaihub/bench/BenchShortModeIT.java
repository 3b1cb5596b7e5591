package org.eaihub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documented command in short mode, as a user runs it: the packaged harness against the packaged landscape, in
 * its own JVM. It checks that every figure came out (a run per round or more, positive and finite,
 * min <= median <= max) and that the CSV and the chart were written. No performance threshold: the figures are ratios
 * for people to read. CI runs one round ({@code eaihub.bench.it-rounds}, set by the pom) to stay within its time;
 * {@code -Psoak} runs short mode's three.
 */
class BenchShortModeIT {

    private static final List<String> FIGURES = List.of("R_jms", "R_codec", "R_boot", "jms.hub.rate", "jms.raw.rate",
            "codec.canonical", "codec.bare", "boot.landscape", "boot.empty", "memory.rss", "R_c360", "c360.hub_p99",
            "c360.slowest_source_p99");
    private static final List<String> ORDER_TO_CASH = List.of("o2c.orders_per_s", "o2c.p50_at_half_rate",
            "o2c.p99_at_half_rate", "o2c.broker_hops_per_order");
    private static final int ROUNDS = Integer.getInteger("eaihub.bench.it-rounds", 3);
    /** The scenarios to run ({@code --only=}), or {@code all}. */
    private static final String ONLY = System.getProperty("eaihub.bench.it-only", "all");
    /** Only a guard against a hung harness; short mode takes about six minutes. */
    private static final long HUNG_AFTER_MINUTES = 30;

    @Test
    void shortModeProducesEveryFigureAndWritesTheCsvAndTheChart() throws Exception {
        Path benchJar = Path.of(System.getProperty("eaihub.bench.jar"));
        Path landscapeJar = Path.of(System.getProperty("eaihub.landscape.jar"));
        Path results = Path.of(System.getProperty("eaihub.bench.it-results"));
        assertThat(benchJar).as("the packaged harness").isRegularFile();
        assertThat(landscapeJar).as("the packaged landscape (built before bench in the reactor)").isRegularFile();
        deleteTree(results);
        Path target = benchJar.getParent();
        Path output = target.resolve("bench-short-mode-it.log");

        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                benchJar.toString(), "--mode=short", "--landscape-jar=" + landscapeJar, "--results-dir=" + results,
                "--work-dir=" + target.resolve("bench-work-it"), "--port-offset=200", "--label=BenchShortModeIT",
                "--rounds=" + ROUNDS, "--exit-with-parent");
        if (!"all".equals(ONLY)) {
            command = new ArrayList<>(command);
            command.add("--only=" + ONLY);
        }
        Process harness = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            assertThat(harness.waitFor(HUNG_AFTER_MINUTES, TimeUnit.MINUTES)).as("harness finished").isTrue();
            assertThat(harness.exitValue()).as("harness exit code; its output:\n%s", Files.readString(output))
                    .isZero();
        } finally {
            if (harness.isAlive()) {
                // SIGTERM lets the harness stop the landscape it started; SIGKILL only if that hangs.
                harness.destroy();
                if (!harness.waitFor(2, TimeUnit.MINUTES)) {
                    harness.destroyForcibly();
                }
            }
        }

        Map<String, List<String>> rows = readCsv(results.resolve("results.csv"));
        for (String figure : FIGURES) {
            List<String> row = rows.get(figure);
            assertThat(row).as("a row for %s in %s", figure, rows.keySet()).isNotNull();
            int runs = Integer.parseInt(row.get(column("runs")));
            double median = Double.parseDouble(row.get(column("median")));
            double min = Double.parseDouble(row.get(column("min")));
            double max = Double.parseDouble(row.get(column("max")));
            assertThat(runs).as("runs of %s", figure).isGreaterThanOrEqualTo(ROUNDS);
            for (double value : new double[] {median, min, max}) {
                assertThat(Double.isFinite(value) && value > 0).as("%s = %s is positive and finite", figure, value)
                        .isTrue();
            }
            assertThat(min).as("min of %s", figure).isLessThanOrEqualTo(median);
            assertThat(median).as("median of %s", figure).isLessThanOrEqualTo(max);
        }
        // Order-to-cash runs in the first round only in short mode (its landscape restart costs half a minute).
        boolean orderToCash = "all".equals(ONLY) || ONLY.contains("order-to-cash");
        for (String figure : orderToCash ? ORDER_TO_CASH : List.<String>of()) {
            List<String> row = rows.get(figure);
            assertThat(row).as("a row for %s in %s", figure, rows.keySet()).isNotNull();
            double median = Double.parseDouble(row.get(column("median")));
            assertThat(Double.isFinite(median) && median > 0).as("%s = %s is positive and finite", figure, median)
                    .isTrue();
        }
        byte[] png = Files.readAllBytes(results.resolve("results.png"));
        assertThat(Arrays.copyOf(png, 4)).as("a PNG").containsExactly(0x89, 'P', 'N', 'G');
        try (Stream<Path> files = Files.list(results)) {
            List<String> names = files.map(path -> path.getFileName().toString()).toList();
            assertThat(names).anyMatch(name -> name.matches("results-\\d{8}-\\d{6}\\.csv"))
                    .anyMatch(name -> name.matches("results-\\d{8}-\\d{6}\\.png"));
        }
    }

    private static int column(String name) {
        return List.of("started_at", "mode", "label", "variant", "figure", "unit", "kind", "runs", "median", "min",
                "max").indexOf(name);
    }

    /** Rows of the default variant by figure name. */
    private static Map<String, List<String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("started_at,mode,label,variant,figure,unit,kind,runs,median,min,max");
        Map<String, List<String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = fields(line);
            if ("default".equals(fields.get(column("variant")))) {
                rows.put(fields.get(column("figure")), fields);
            }
        }
        return rows;
    }

    /** One CSV line: fields separated by commas, quoted ones may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
