package fi.aso.web.statistics;

import fi.aso.domain.statistics.Indicator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's tables as CSV (RFC 4180): each table's caption on a line of its own, then its
 * header and rows, an empty line between tables. Numbers are plain (a dot before decimals, no per
 * cent sign) so that a program reads them; a hidden number is the page's word for it. A byte order
 * mark makes spreadsheet programs read the UTF-8 as such.
 */
public final class OutcomesCsv {

  private OutcomesCsv() {}

  public static byte[] of(List<OutcomeTable> tables, String hiddenText) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    for (OutcomeTable table : tables) {
      line(csv, List.of(table.caption()));
      List<String> header = new ArrayList<>();
      header.add("");
      header.addAll(table.columns());
      line(csv, header);
      for (OutcomeTable.Row row : table.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(label(row));
        row.cells().forEach(c -> cells.add(number(c, hiddenText)));
        line(csv, cells);
      }
      csv.append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The row's label with its unit, as the cells carry bare numbers. */
  static String label(OutcomeTable.Row row) {
    return row.label() + (row.unit() == Indicator.Unit.PERCENT ? " (%)" : "");
  }

  static String number(OutcomeTable.Cell cell, String hiddenText) {
    if (cell.hidden()) {
      return hiddenText;
    }
    if (cell.value() == null) {
      return "";
    }
    double v = cell.value();
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String f = fields.get(i);
      boolean quoted = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r");
      csv.append(quoted ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
    }
    csv.append("\r\n");
  }
}
