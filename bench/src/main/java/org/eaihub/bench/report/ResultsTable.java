package org.eaihub.bench.report;

import java.io.PrintStream;
import java.util.List;

import org.eaihub.bench.Stats;

/** The console table: one line per figure (and variant), ratios first. */
public final class ResultsTable {

    private ResultsTable() {
    }

    public static void print(PrintStream out, RunInfo run, List<Summary> summaries) {
        boolean variants = summaries.stream().anyMatch(s -> !"default".equals(s.variant()));
        out.printf("%nEAI Hub bench, %s mode%s, %s, %s%n", run.mode(), run.label().isEmpty() ? "" : " (" + run.label()
                + ")", run.startedAt().toLocalDate(), run.machine());
        String format = variants ? "%-22s %-24s %10s %10s %10s %-6s %4s%n" : "%-24s %s%10s %10s %10s %-6s %4s%n";
        out.printf(format, variants ? "variant" : "figure", variants ? "figure" : "", "median", "min", "max", "unit",
                "runs");
        for (Summary s : summaries) {
            out.printf(format, variants ? s.variant() : s.figure().name(), variants ? s.figure().name() : "",
                    Stats.number(s.median()), Stats.number(s.min()), Stats.number(s.max()), s.figure().unit(),
                    s.runs());
        }
        out.flush();
    }
}
