package fi.aso.web.statistics;

import fi.aso.domain.statistics.Indicator;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A table as the Chart.js configuration PrimeFaces' {@code p:chart} draws: a dataset per row, a
 * label per column. Hidden and missing numbers are gaps (null), never zeros. The table beside the
 * chart is what a screen reader reads; the canvas only has its caption as its label.
 */
public final class ChartJson {

  /**
   * Colours that tell the lines apart for common colour blindness (the Okabe-Ito palette), and each
   * line also has its own point style.
   */
  static final List<String> COLOURS =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9");

  static final List<String> POINTS = List.of("circle", "rect", "triangle", "rectRot", "star");

  private ChartJson() {}

  /** The rows over the columns as lines (trends over time). */
  public static String line(OutcomeTable table) {
    return chart("line", table, false);
  }

  /** The rows as bars per column (groups side by side); horizontal for the funnel's steps. */
  public static String bar(OutcomeTable table, boolean horizontal) {
    return chart("bar", table, horizontal);
  }

  /** A table's rows of one unit: a chart does not mix counts with per cents on one axis. */
  public static OutcomeTable only(OutcomeTable table, Indicator.Unit unit) {
    return new OutcomeTable(
        table.id(),
        table.caption(),
        table.columns(),
        table.rows().stream().filter(r -> r.unit() == unit).toList());
  }

  /** The funnel: one bar per step. */
  public static String funnel(OutcomeTable funnel) {
    return bar(steps(funnel), true);
  }

  /** The funnel's steps as the labels of one series, a bar per step. */
  static OutcomeTable steps(OutcomeTable funnel) {
    return new OutcomeTable(
        funnel.id(),
        funnel.caption(),
        funnel.rows().stream().map(OutcomeTable.Row::label).toList(),
        List.of(
            new OutcomeTable.Row(
                funnel.columns().getFirst(),
                Indicator.Unit.COUNT,
                funnel.rows().stream().map(r -> r.cells().getFirst()).toList())));
  }

  /** From zero; counts in whole numbers, shares up to 100 %. */
  private static JsonObjectBuilder valueAxis(OutcomeTable table) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true);
    if (table.rows().stream().allMatch(r -> r.unit() == Indicator.Unit.COUNT)) {
      axis.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    if (table.rows().stream().allMatch(r -> r.unit() == Indicator.Unit.PERCENT)) {
      axis.add("suggestedMax", 100);
    }
    return axis;
  }

  private static String chart(String type, OutcomeTable table, boolean horizontal) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    table.columns().forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < table.rows().size(); i++) {
      OutcomeTable.Row row = table.rows().get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (OutcomeTable.Cell cell : row.cells()) {
        if (cell.value() == null || cell.hidden()) {
          data.addNull();
        } else {
          data.add(cell.value());
        }
      }
      String colour = COLOURS.get(i % COLOURS.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", row.label())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("pointStyle", POINTS.get(i % POINTS.size()))
              .add("spanGaps", false));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "title",
                        Json.createObjectBuilder()
                            .add("display", true)
                            .add("text", table.caption()))
                    .add(
                        "legend",
                        Json.createObjectBuilder()
                            .add("display", table.rows().size() > 1)
                            .add("position", "bottom")))
            .add(
                "scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis(table)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString()
        // the configuration is written into a script: a name with "</script>" must not end it
        .replace("<", "\\u003c");
  }
}
