package org.eaihub.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eaihub.bench.Stats;

/** One line per figure and variant, with every sample, so that the file alone says what was measured and how. */
public final class ResultsCsv {

    static final String HEADER = "started_at,mode,label,variant,figure,unit,kind,runs,median,min,max,samples,notes,"
            + "meaning,machine";

    private ResultsCsv() {
    }

    public static void write(Path file, RunInfo run, List<Summary> summaries) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Summary s : summaries) {
            csv.append(String.join(",", List.of(
                    quote(run.startedAt().toString()), quote(run.mode()), quote(run.label()), quote(s.variant()),
                    quote(s.figure().name()), quote(s.figure().unit()), s.figure().ratio() ? "ratio" : "absolute",
                    Integer.toString(s.runs()), number(s.median()), number(s.min()), number(s.max()),
                    quote(s.values().stream().map(ResultsCsv::number).collect(Collectors.joining(";"))),
                    quote(String.join(" | ", s.notes())), quote(s.figure().meaning()), quote(run.machine()))))
                    .append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).contains("e") ? Stats.number(value)
                : String.format(Locale.ROOT, "%.6g", value);
    }

    static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
