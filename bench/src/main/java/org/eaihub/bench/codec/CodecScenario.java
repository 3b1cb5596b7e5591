package org.eaihub.bench.codec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eaihub.bench.BenchMain;
import org.eaihub.bench.Context;
import org.eaihub.bench.Figure;
import org.eaihub.bench.RatioFigures;
import org.eaihub.bench.Sample;
import org.eaihub.bench.Scenario;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * R_codec: JMH, in forked JVMs, of {@link CodecBenchmark}: the canonical codec's time per JSON -> record -> XML over
 * bare Jackson's. It runs with no landscape up (before the round's landscape starts). Full mode forks once per
 * benchmark in every round (a sample is a fork's score); short mode forks once in the first round and takes each
 * measurement iteration as a sample.
 */
public final class CodecScenario implements Scenario {

    public static final String R_CODEC = "R_codec";
    public static final String CANONICAL = "codec.canonical";
    public static final String BARE = "codec.bare";

    @Override
    public String name() {
        return "codec";
    }

    private static final RatioFigures FIGURES = RatioFigures.of(R_CODEC, "canonical JSON -> record -> XML with "
            + "validation (CanonicalCodec) time per op, divided by bare Jackson readValue + "
            + "XmlMapper.writeValueAsBytes time per op (higher = the codec costs more)",
            Figure.absolute(CANONICAL, "us/op", "CanonicalCodec.read(json) then write(xml), ~1 KiB order"),
            Figure.absolute(BARE, "us/op", "JsonMapper.readValue then XmlMapper.writeValueAsBytes, same order"));

    @Override
    public List<Figure> figures() {
        return FIGURES.figures();
    }

    @Override
    public List<Sample> run(Context context) throws Exception {
        boolean everyRound = context.mode().codecEveryRound();
        if (!everyRound && context.round() > 1) {
            return List.of();
        }
        Path log = context.workDir().resolve("logs").resolve("round-" + context.round() + "-jmh.log");
        Files.createDirectories(log.getParent());
        ForkClasspath.prepare(context.options().benchJar(), context.options().workDir().resolve("classpath"));
        Options options = new OptionsBuilder()
                .include(CodecBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(context.mode().codecWarmups())
                .warmupTime(TimeValue.milliseconds(context.mode().codecIterationMillis()))
                .measurementIterations(context.mode().codecIterations())
                .measurementTime(TimeValue.milliseconds(context.mode().codecIterationMillis()))
                .jvmArgs("-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=" + BenchMain.LOGGING)
                .shouldFailOnError(true)
                .output(log.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Double> canonical = scores(results, "canonical", everyRound);
        List<Double> bare = scores(results, "bareJackson", everyRound);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            String note = everyRound ? "JMH fork score, " + context.mode().codecIterations() + " x "
                    + context.mode().codecIterationMillis() + " ms" : "JMH iteration " + (i + 1) + " of one fork";
            samples.addAll(FIGURES.samples(canonical.get(i), bare.get(i), note));
        }
        context.log("  codec: canonical %.2f us/op, bare %.2f us/op (%s)", canonical.get(0), bare.get(0),
                everyRound ? "fork score" : canonical.size() + " iterations");
        return samples;
    }

    private static List<Double> scores(Collection<RunResult> results, String method, boolean perFork) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith("." + method)) {
                List<Double> scores = new ArrayList<>();
                for (BenchmarkResult fork : result.getBenchmarkResults()) {
                    if (perFork) {
                        scores.add(fork.getPrimaryResult().getScore());
                    } else {
                        for (IterationResult iteration : fork.getIterationResults()) {
                            scores.add(iteration.getPrimaryResult().getScore());
                        }
                    }
                }
                return scores;
            }
        }
        throw new IllegalStateException("JMH produced no result for " + method);
    }
}
