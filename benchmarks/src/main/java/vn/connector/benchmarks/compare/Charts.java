package vn.connector.benchmarks.compare;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** One PNG per operation: calls per second and CPU per call, SDK beside hand-written. */
final class Charts {

  private Charts() {}

  static void write(Path dir, Results r) throws IOException {
    System.setProperty("java.awt.headless", "true");
    for (Stats.Operation op : r.operations) {
      DefaultCategoryDataset tput = new DefaultCategoryDataset();
      DefaultCategoryDataset cpu = new DefaultCategoryDataset();
      for (Stats.Row row : op.rows()) {
        String callers = row.callers() + (row.callers() == 1 ? " caller" : " callers");
        tput.addValue(row.sdk().throughput(), "SDK", callers);
        tput.addValue(row.baseline().throughput(), "hand-written", callers);
        cpu.addValue(row.sdk().cpuMicros(), "SDK", callers);
        cpu.addValue(row.baseline().cpuMicros(), "hand-written", callers);
      }
      save(
          dir.resolve(op.scenario().id() + "-throughput.png"),
          bar(op.scenario().title() + ": calls/s (higher is better)", "calls/s", tput));
      save(
          dir.resolve(op.scenario().id() + "-cpu.png"),
          bar(op.scenario().title() + ": CPU us per call (lower is better)", "us", cpu));
    }
  }

  private static JFreeChart bar(String title, String axis, DefaultCategoryDataset data) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, null, axis, data, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x1f77b4));
    renderer.setSeriesPaint(1, new Color(0xff7f0e));
    chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(13f));
    return chart;
  }

  private static void save(Path file, JFreeChart chart) throws IOException {
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 760, 380);
  }
}
