package org.eaihub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eaihub.bench.report.ResultsChart;
import org.eaihub.bench.report.ResultsCsv;
import org.eaihub.bench.report.ResultsTable;
import org.eaihub.bench.report.RunInfo;
import org.eaihub.bench.report.Summary;

/**
 * The benchmark harness: runs every scenario once per round (each round on a fresh landscape, each variant of the
 * settings in its own landscape), then prints a table and writes {@code results.csv} and {@code results.png} (and a
 * timestamped copy of each) to the results directory. Exit code 0 when every figure was produced, 1 when a
 * measurement failed, 2 on a bad command line.
 */
public final class BenchMain {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BenchMain() {
    }

    /** The harness's logging configuration (warnings only), also given to the JMH forks. */
    public static final String LOGGING = "bench-logback.xml";

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING);
        }
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (BenchOptions.UsageException e) {
            out.println(e.getMessage());
            return 2;
        }
        Console console = new Console(out);
        if (options.exitWithParent()) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
                console.log("The parent process ended: stopping");
                System.exit(3);
            }));
        }
        ZonedDateTime started = ZonedDateTime.now();
        String runId = RUN_ID.format(started);
        RunInfo run = new RunInfo(started, options.mode().name(), options.label(), RunInfo.thisMachine());
        Path runDir = options.workDir().resolve("runs").resolve(runId);
        Map<String, Path> jars = new LinkedHashMap<>();
        try {
            Files.createDirectories(runDir);
            // Private copies: a rebuild of the landscape module while the bench runs must not pull a jar away.
            for (Variant variant : options.variants()) {
                Path source = variant.landscapeJar() != null ? variant.landscapeJar() : options.landscapeJar();
                Path copy = runDir.resolve("landscape-" + variant.label() + ".jar");
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                jars.put(variant.label(), copy);
            }
            List<Scenario> scenarios = Scenarios.all().stream().filter(s -> options.runs(s.name())).toList();
            if (scenarios.isEmpty()) {
                out.println("No scenario selected by --only=" + options.only());
                return 2;
            }
            console.log("%s mode: %d rounds of %s%s; logs in %s", options.mode().name(), options.mode().rounds(),
                    scenarios.stream().map(Scenario::name).toList(), options.variants().size() > 1
                            ? " for " + options.variants().stream().map(Variant::label).toList() : "", runDir);
            Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
            for (int r = 1; r <= options.mode().rounds(); r++) {
                for (Variant variant : options.variants()) {
                    console.log("round %d of %d%s", r, options.mode().rounds(),
                            options.variants().size() > 1 ? ", variant " + variant.label() : "");
                    try (Round round = new Round(options, r, variant, runDir, jars.get(variant.label()), console)) {
                        for (Scenario scenario : scenarios) {
                            for (Sample sample : scenario.run(round)) {
                                samples.computeIfAbsent(variant.label(), v -> new LinkedHashMap<>())
                                        .computeIfAbsent(sample.figure(), f -> new ArrayList<>()).add(sample);
                            }
                        }
                    }
                }
            }
            List<Summary> summaries = summarize(options, scenarios, samples);
            ResultsTable.print(out, run, summaries);
            write(options.resultsDir(), runId, run, summaries);
            console.log("done in %.0f s; results in %s", console.elapsed().toMillis() / 1000.0, options.resultsDir());
            return 0;
        } catch (Exception e) {
            console.log("FAILED: %s", e);
            e.printStackTrace(out);
            return 1;
        } finally {
            for (Path jar : jars.values()) {
                try {
                    Files.deleteIfExists(jar);
                } catch (IOException e) {
                    console.log("Could not delete %s: %s", jar, e);
                }
            }
        }
    }

    /** Ratios first, then absolute figures; each in scenario order; each variant in command-line order. */
    private static List<Summary> summarize(BenchOptions options, List<Scenario> scenarios,
            Map<String, Map<String, List<Sample>>> samples) {
        List<Summary> ratios = new ArrayList<>();
        List<Summary> absolutes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (Figure figure : scenario.figures()) {
                for (Variant variant : options.variants()) {
                    List<Sample> values = samples.getOrDefault(variant.label(), Map.of()).get(figure.name());
                    if (values == null || values.isEmpty()) {
                        throw new IllegalStateException("No samples of " + figure.name() + " for " + variant.label());
                    }
                    (figure.ratio() ? ratios : absolutes).add(new Summary(variant.label(), figure, values));
                }
            }
        }
        List<Summary> all = new ArrayList<>(ratios);
        all.addAll(absolutes);
        return all;
    }

    private static void write(Path dir, String runId, RunInfo run, List<Summary> summaries) throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve("results.csv");
        Path png = dir.resolve("results.png");
        ResultsCsv.write(csv, run, summaries);
        ResultsChart.write(png, run, summaries);
        Files.copy(csv, dir.resolve("results-" + runId + ".csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, dir.resolve("results-" + runId + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
