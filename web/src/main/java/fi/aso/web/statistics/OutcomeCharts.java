package fi.aso.web.statistics;

import fi.aso.domain.statistics.Indicator;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The dashboard's charts for the PDF, drawn on the server with JFreeChart from the same tables (and
 * the same colours) as the page's Chart.js charts. A hidden or missing number is left out, never
 * drawn as zero.
 */
final class OutcomeCharts {

  /** Twice the size at which it is placed: sharp when printed. */
  static final int WIDTH = 1400;

  static final int HEIGHT = 560;

  private OutcomeCharts() {}

  /** The chart of one of the view's charted tables, as a PNG. */
  static byte[] png(OutcomeView view, String id) {
    JFreeChart chart =
        switch (id) {
          case "referrals" -> bars(view.referrals(), PlotOrientation.VERTICAL);
          case "shares" -> lines(view.shares());
          case "funnel" -> bars(ChartJson.steps(view.funnel()), PlotOrientation.HORIZONTAL);
          case "regions" ->
              bars(
                  ChartJson.only(view.regions(), Indicator.Unit.PERCENT), PlotOrientation.VERTICAL);
          default -> throw new IllegalArgumentException(id);
        };
    return png(chart);
  }

  private static JFreeChart bars(OutcomeTable table, PlotOrientation orientation) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, null, null, dataset(table), orientation, table.rows().size() > 1, false, false);
    colour(chart);
    axes(chart, table);
    return chart;
  }

  /**
   * Counts in whole numbers; many periods' labels slanted, as they would not fit side by side (and
   * be cut to "...").
   */
  private static void axes(JFreeChart chart, OutcomeTable table) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (table.rows().stream().allMatch(r -> r.unit() == Indicator.Unit.COUNT)) {
      plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    if (table.columns().size() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
  }

  private static JFreeChart lines(OutcomeTable table) {
    JFreeChart chart =
        ChartFactory.createLineChart(
            null, null, null, dataset(table), PlotOrientation.VERTICAL, true, false, false);
    colour(chart);
    axes(chart, table);
    CategoryPlot plot = chart.getCategoryPlot();
    for (int i = 0; i < table.rows().size(); i++) {
      plot.getRenderer().setSeriesStroke(i, new BasicStroke(3f));
    }
    return chart;
  }

  private static DefaultCategoryDataset dataset(OutcomeTable table) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (OutcomeTable.Row row : table.rows()) {
      for (int c = 0; c < table.columns().size(); c++) {
        OutcomeTable.Cell cell = row.cells().get(c);
        Double value = cell.hidden() ? null : cell.value();
        data.addValue(value, row.label(), table.columns().get(c));
      }
    }
    return data;
  }

  /** Letters big enough to read when the image is printed at half its size. */
  private static void colour(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    AbstractCategoryItemRenderer renderer = (AbstractCategoryItemRenderer) plot.getRenderer();
    for (int i = 0; i < ChartJson.COLOURS.size(); i++) {
      renderer.setSeriesPaint(i, Color.decode(ChartJson.COLOURS.get(i)));
    }
  }

  private static byte[] png(JFreeChart chart) {
    BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
