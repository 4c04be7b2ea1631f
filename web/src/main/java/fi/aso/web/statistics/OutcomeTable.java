package fi.aso.web.statistics;

import fi.aso.domain.statistics.Indicator;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * One table of the outcomes dashboard as it is shown, drawn as a chart and exported: the same cells
 * everywhere, so that the CSV, the spreadsheet and the PDF say what the page said.
 */
public record OutcomeTable(String id, String caption, List<String> columns, List<Row> rows) {

  /** One line of the table: its label and a cell per column. */
  public record Row(String label, Indicator.Unit unit, List<Cell> cells) {}

  /**
   * One number: {@code value} null when there is none (no facts to divide or take a median of) or
   * when it is {@code hidden} (a view across regions resting on 1-4 facts).
   */
  public record Cell(Double value, boolean hidden) {

    /** The number as the page shows it in the reader's language, or the given words for none. */
    public String text(Indicator.Unit unit, Locale locale, String hiddenText) {
      if (hidden) {
        return hiddenText;
      }
      if (value == null) {
        return "–";
      }
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMaximumFractionDigits(1);
      format.setGroupingUsed(false);
      return format.format(value) + (unit == Indicator.Unit.PERCENT ? " %" : "");
    }
  }
}
