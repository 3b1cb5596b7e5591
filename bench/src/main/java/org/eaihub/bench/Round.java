package org.eaihub.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eaihub.bench.landscape.RunningLandscape;

/** One round under one variant: the context its scenarios share, and the landscape it starts on demand. */
final class Round implements Context, AutoCloseable {

    private final BenchOptions options;
    private final Mode mode;
    private final int round;
    private final Variant variant;
    private final Path runDir;
    private final Path landscapeJar;
    private final Console console;
    private RunningLandscape landscape;

    Round(BenchOptions options, int round, Variant variant, Path runDir, Path landscapeJar, Console console) {
        this.options = options;
        this.mode = options.mode();
        this.round = round;
        this.variant = variant;
        this.runDir = runDir;
        this.landscapeJar = landscapeJar;
        this.console = console;
    }

    @Override
    public Mode mode() {
        return mode;
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public BenchOptions options() {
        return options;
    }

    @Override
    public Variant variant() {
        return variant;
    }

    private List<String> extra = List.of();

    @Override
    public RunningLandscape restartLandscape(List<String> extraArguments) throws Exception {
        if (landscape != null) {
            landscape.stop(false, options.keepData());
            landscape = null;
        }
        extra = List.copyOf(extraArguments);
        return landscape();
    }

    @Override
    public RunningLandscape landscape() throws Exception {
        if (landscape == null) {
            List<String> jvm = new ArrayList<>(options.jvmOptions());
            jvm.addAll(variant.landscapeJvmArgs());
            List<String> args = new ArrayList<>();
            args.add("--eaihub.hub.intake.consumers=" + variant.consumers());
            // R_jms measures the entry route up to hub.order.intake: the saga behind it must not drain that queue.
            if (extra.stream().noneMatch(a -> a.startsWith("--eaihub.hub.order.enabled="))) {
                args.add("--eaihub.hub.order.enabled=false");
            }
            args.addAll(variant.landscapeArgs());
            args.addAll(extra);
            Path log = runDir.resolve("logs").resolve(String.format("round-%d-%s-landscape%s.log", round,
                    variant.label(), extra.isEmpty() ? "" : "-restarted"));
            console.log("  starting the landscape (%s)", log);
            landscape = RunningLandscape.start(landscapeJar, RunningLandscape.Ports.withOffset(options.portOffset()),
                    runDir.resolve("data"), jvm, args, log);
            console.log("  landscape up in %.1f s (pid %d)", landscape.startup().toNanos() / 1e9, landscape.pid());
        }
        return landscape;
    }

    @Override
    public boolean landscapeStarted() {
        return landscape != null;
    }

    @Override
    public Path workDir() {
        return runDir;
    }

    @Override
    public void log(String format, Object... args) {
        console.log(format, args);
    }

    @Override
    public void close() {
        if (landscape != null) {
            landscape.stop(mode.gracefulStop(), options.keepData());
            landscape = null;
        }
    }
}
