package org.eaihub.bench;

import java.nio.file.Path;
import java.util.List;

import org.eaihub.bench.landscape.RunningLandscape;

/** What a scenario gets for one round. */
public interface Context {

    Mode mode();

    /** 1-based. */
    int round();

    BenchOptions options();

    /** The settings under test (the default one unless the harness compares tuning variants). */
    Variant variant();

    /** This round's landscape, started (and its start-up timed) on the first call of the round. */
    RunningLandscape landscape() throws Exception;

    /**
     * Stops this round's landscape (if it runs) and starts it again with these extra arguments, for a scenario that
     * needs the landscape set up otherwise (e.g. with the order-to-cash saga on); later {@link #landscape()} calls
     * return it.
     */
    RunningLandscape restartLandscape(List<String> extraArguments) throws Exception;

    /** Whether this round's landscape is running already. */
    boolean landscapeStarted();

    /** Logs, scratch files, the round's data directories. */
    Path workDir();

    /** A progress line on the console. */
    void log(String format, Object... args);
}
