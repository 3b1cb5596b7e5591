package org.eaihub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The harness's command line ({@code --name=value}; the repeatable ones may appear many times). Defaults make
 * {@code java -jar bench/target/eaihub-bench.jar --mode=full} work from the repository root after a build.
 */
public record BenchOptions(
        Mode mode,
        Path landscapeJar,
        Path benchJar,
        Path resultsDir,
        Path workDir,
        Set<String> only,
        String label,
        int portOffset,
        int drains,
        List<String> jvmOptions,
        List<Variant> variants,
        boolean exitWithParent,
        boolean keepData) {

    static final String USAGE = """
            Usage: java -jar bench/target/eaihub-bench.jar [options]
              --mode=full|short            full (default): the figures of record; short: tiny runs, about 6 minutes
              --rounds=N                   runs of every figure (full 5, short 3; each round starts its own landscape)
              --only=codec,boot,jms,memory scenarios to run (default: all)
              --jms-warmup=N --jms-max-warmups=N --jms-trials=N --jms-messages=N
                                           R_jms sizes per round: messages per warm-up trial, warm-up trials at most
                                           (they stop once stable), measured trials, messages per trial
                                           (full: 2000, 6, 5, 3000; short: 200, 1, 1, 500)
              --landscape-jar=PATH         default: ../../landscape/target/eaihub-landscape.jar beside this jar
              --results-dir=DIR            default: bench-results beside this jar
              --work-dir=DIR               logs and scratch files; default: bench-work beside this jar
              --label=TEXT                 recorded in the CSV (e.g. the commit or the setting tried)
              --port-offset=N              added to every port the bench uses (28080-28083, 28090, 61636, 5692,
                                           29092, 29093)
              --jvm-opts="-Xmx768m"        JVM options of the landscape and of the empty app (same for both)
              --consumers=N                hub route consumers (eaihub.hub.intake.consumers) = raw relay threads (4)
              --producers=N                producer threads, one connection each (8)
              --drains=N                   drain consumers of the output queue (4)
              --landscape-arg=--name=value extra Spring argument for the landscape (repeatable)
              --landscape-jvm-arg=-Dx=y    extra JVM option for the landscape (repeatable)
              --raw-client-params=a=b&c=d  Artemis URL parameters for the raw baseline's connections (mirror what
                                           a variant gives the hub's connection factory)
              --variant="label: TOKENS"    compare settings (repeatable; implies the jms scenario only unless --only):
                                           TOKENS are --spring-args, -D/-X JVM options, consumers=N, producers=N,
                                           raw:URL-params, jar=PATH (another landscape build); a variant
                                           "default" (the other options) runs first in every round
              --exit-with-parent           stop (and stop the landscape) when the parent process ends
              --keep-data                  keep the rounds' data directories
            """;

    private static final int DEFAULT_CONSUMERS = 4;
    private static final int DEFAULT_PRODUCERS = 8;

    public static BenchOptions parse(String... args) {
        Mode mode = Mode.FULL;
        Integer rounds = null;
        Integer jmsWarmup = null;
        Integer jmsMaxWarmups = null;
        Integer jmsTrials = null;
        Integer jmsMessages = null;
        Path landscapeJar = null;
        Path resultsDir = null;
        Path workDir = null;
        Set<String> only = new LinkedHashSet<>();
        String label = "";
        int portOffset = 0;
        int consumers = DEFAULT_CONSUMERS;
        int producers = DEFAULT_PRODUCERS;
        int drains = 4;
        List<String> jvmOptions = List.of("-Xmx768m");
        List<String> landscapeArgs = new ArrayList<>();
        List<String> landscapeJvmArgs = new ArrayList<>();
        String rawClientParams = "";
        List<String> variantSpecs = new ArrayList<>();
        boolean exitWithParent = false;
        boolean keepData = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(USAGE);
            }
            if (arg.equals("--exit-with-parent")) {
                exitWithParent = true;
                continue;
            }
            if (arg.equals("--keep-data")) {
                keepData = true;
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new UsageException("Unknown argument " + arg + "\n" + USAGE);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "mode" -> mode = Mode.of(value);
                case "rounds" -> rounds = positive(name, value);
                case "jms-warmup" -> jmsWarmup = positive(name, value);
                case "jms-max-warmups" -> jmsMaxWarmups = positive(name, value);
                case "jms-trials" -> jmsTrials = positive(name, value);
                case "jms-messages" -> jmsMessages = positive(name, value);
                case "only" -> only.addAll(Arrays.asList(value.split(",")));
                case "landscape-jar" -> landscapeJar = Path.of(value);
                case "results-dir" -> resultsDir = Path.of(value);
                case "work-dir" -> workDir = Path.of(value);
                case "label" -> label = value;
                case "port-offset" -> portOffset = Integer.parseInt(value);
                case "jvm-opts" -> jvmOptions = value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
                case "consumers" -> consumers = positive(name, value);
                case "producers" -> producers = positive(name, value);
                case "drains" -> drains = positive(name, value);
                case "landscape-arg" -> landscapeArgs.add(value);
                case "landscape-jvm-arg" -> landscapeJvmArgs.add(value);
                case "raw-client-params" -> rawClientParams = value;
                case "variant" -> variantSpecs.add(value);
                default -> throw new UsageException("Unknown option --" + name + "\n" + USAGE);
            }
        }
        if (rounds != null) {
            mode = mode.withRounds(rounds);
        }
        if (jmsWarmup != null || jmsMaxWarmups != null || jmsTrials != null || jmsMessages != null) {
            mode = mode.withJms(jmsWarmup != null ? jmsWarmup : mode.jmsWarmup(),
                    jmsMaxWarmups != null ? jmsMaxWarmups : mode.jmsMaxWarmups(),
                    jmsTrials != null ? jmsTrials : mode.jmsTrials(), jmsMessages != null ? jmsMessages : mode.jmsMessages());
        }
        Path benchJar = ownJar();
        Path beside = benchJar != null ? benchJar.toAbsolutePath().getParent() : Path.of("bench", "target");
        if (landscapeJar == null) {
            landscapeJar = beside.resolve("../../landscape/target/eaihub-landscape.jar").normalize();
        }
        if (!Files.isRegularFile(landscapeJar)) {
            throw new UsageException("The landscape jar is missing: " + landscapeJar
                    + " (build it with ./mvnw -B -DskipTests package, or pass --landscape-jar=PATH)");
        }
        resultsDir = resultsDir != null ? resultsDir : beside.resolve("bench-results");
        workDir = workDir != null ? workDir : beside.resolve("bench-work");

        List<Variant> variants = new ArrayList<>();
        Variant base = new Variant("default", landscapeArgs, landscapeJvmArgs, consumers, producers, rawClientParams,
                null);
        variants.add(base);
        for (String spec : variantSpecs) {
            variants.add(variant(spec, base));
        }
        if (!variantSpecs.isEmpty() && only.isEmpty()) {
            only.add("jms");
        }
        return new BenchOptions(mode, landscapeJar.toAbsolutePath(), benchJar, resultsDir.toAbsolutePath(),
                workDir.toAbsolutePath(), only, label, portOffset, drains, jvmOptions, List.copyOf(variants),
                exitWithParent, keepData);
    }

    /** {@code "label: --spring.x=1 -Dbrokerconfig.y=2 consumers=8 producers=16 raw:consumerWindowSize=0"}. */
    static Variant variant(String spec, Variant base) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            throw new UsageException("--variant needs a label: --variant=\"label: tokens\", not " + spec);
        }
        String label = spec.substring(0, colon).trim();
        List<String> args = new ArrayList<>(base.landscapeArgs());
        List<String> jvmArgs = new ArrayList<>(base.landscapeJvmArgs());
        int consumers = base.consumers();
        int producers = base.producers();
        String raw = base.rawClientParams();
        Path jar = base.landscapeJar();
        for (String token : spec.substring(colon + 1).trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.startsWith("--")) {
                args.add(token);
            } else if (token.startsWith("-")) {
                jvmArgs.add(token);
            } else if (token.startsWith("consumers=")) {
                consumers = positive("consumers", token.substring("consumers=".length()));
            } else if (token.startsWith("producers=")) {
                producers = positive("producers", token.substring("producers=".length()));
            } else if (token.startsWith("jar=")) {
                jar = Path.of(token.substring("jar=".length())).toAbsolutePath();
                if (!Files.isRegularFile(jar)) {
                    throw new UsageException("--variant " + label + ": no such landscape jar " + jar);
                }
            } else if (token.startsWith("raw:")) {
                raw = token.substring("raw:".length());
            } else {
                throw new UsageException("Unknown token in --variant: " + token);
            }
        }
        return new Variant(label, args, jvmArgs, consumers, producers, raw, jar);
    }

    /** Whether a scenario is selected ({@code --only}, default all). */
    public boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    public int port(int base) {
        return base + portOffset;
    }

    private static int positive(String name, String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new UsageException("--" + name + " must be at least 1");
        }
        return n;
    }

    /** The executable jar this harness runs from ({@code java -jar}), or null when run from classes. */
    private static Path ownJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath();
        }
        return null;
    }

    /** A bad command line: the message is for the user, no stack trace. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
