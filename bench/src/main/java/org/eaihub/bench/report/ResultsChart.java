package org.eaihub.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One bar chart per ratio (its own scale; the ratios differ by an order of magnitude): a bar per variant at the
 * median, and a whisker from min to max (drawn as an error bar around the range's middle, on a marker-less series,
 * because XChart's error bars are symmetric); each bar is labelled with its median.
 */
public final class ResultsChart {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 420;

    private ResultsChart() {
    }

    public static void write(Path file, RunInfo run, List<Summary> summaries) throws IOException {
        List<Summary> shown = summaries.stream().filter(s -> s.figure().ratio()).toList();
        if (shown.isEmpty()) {
            shown = summaries;
        }
        Map<String, List<Summary>> byFigure = new LinkedHashMap<>();
        shown.forEach(s -> byFigure.computeIfAbsent(s.figure().name(), name -> new ArrayList<>()).add(s));
        List<CategoryChart> charts = new ArrayList<>();
        for (Map.Entry<String, List<Summary>> figure : byFigure.entrySet()) {
            charts.add(chart(figure.getKey(), figure.getValue(), run));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        String name = file.toString();
        String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        BitmapEncoder.saveBitmap(charts, 1, charts.size(), base, BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart chart(String figure, List<Summary> summaries, RunInfo run) {
        Summary first = summaries.get(0);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(figure + " (median, min-max of " + first.runs() + ")")
                .xAxisTitle(run.mode() + " mode, " + run.startedAt().toLocalDate())
                .yAxisTitle(first.figure().ratio() ? "ratio" : first.figure().unit())
                .build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(Color.DARK_GRAY);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setDecimalPattern("#,##0.###");
        chart.getStyler().setXAxisLabelRotation(summaries.size() > 3 ? 30 : 0);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        List<String> variants = summaries.stream().map(Summary::variant).toList();
        List<Double> medians = summaries.stream().map(Summary::median).toList();
        List<Double> middles = summaries.stream().map(s -> (s.min() + s.max()) / 2).toList();
        List<Double> halfRanges = summaries.stream().map(s -> (s.max() - s.min()) / 2).toList();
        CategorySeries bars = chart.addSeries("median", variants, medians);
        bars.setFillColor(new Color(70, 130, 180));
        CategorySeries range = chart.addSeries("min-max", variants, middles, halfRanges);
        range.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        range.setMarker(SeriesMarkers.NONE);
        range.setMarkerColor(Color.BLACK);
        range.setLineColor(Color.BLACK);
        range.setShowInLegend(false);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        return chart;
    }
}
