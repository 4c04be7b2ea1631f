package fi.aso.web.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard's tables as a spreadsheet (Apache POI): a sheet per table with its caption, the
 * header and the rows; numbers are number cells (per cents as 45.5, the unit in the label), so that
 * they can be summed and charted; a hidden number is the page's word for it.
 */
public final class OutcomesXlsx {

  private OutcomesXlsx() {}

  public static byte[] of(List<OutcomeTable> tables, String hiddenText) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (int t = 0; t < tables.size(); t++) {
        OutcomeTable table = tables.get(t);
        // numbered: a sheet name is at most 31 characters and two captions may begin alike
        Sheet sheet =
            book.createSheet(WorkbookUtil.createSafeSheetName((t + 1) + " " + table.caption()));
        sheet.createRow(0).createCell(0).setCellValue(table.caption());
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(1);
        for (int c = 0; c < table.columns().size(); c++) {
          header.createCell(c + 1).setCellValue(table.columns().get(c));
          header.getCell(c + 1).setCellStyle(bold);
        }
        for (int r = 0; r < table.rows().size(); r++) {
          OutcomeTable.Row row = table.rows().get(r);
          Row line = sheet.createRow(r + 2);
          line.createCell(0).setCellValue(OutcomesCsv.label(row));
          for (int c = 0; c < row.cells().size(); c++) {
            OutcomeTable.Cell cell = row.cells().get(c);
            if (cell.hidden()) {
              line.createCell(c + 1).setCellValue(hiddenText);
            } else if (cell.value() != null) {
              line.createCell(c + 1).setCellValue(cell.value());
            }
          }
        }
        sheet.setColumnWidth(0, 60 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
